package org.atazan.systematization.cli;

import org.atazan.kernel.PrettyJson;
import org.atazan.kernel.TopLevelCommand;
import org.atazan.systematization.AdjustedRand;
import org.atazan.systematization.OpinionGroups;
import org.atazan.systematization.OpinionMap;
import org.atazan.systematization.polis.PolisExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code atazan opinion-groups}: the opinion groups of a Pol.is conversation export, without a server. */
@TopLevelCommand
@Command(name = "opinion-groups", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Find the opinion groups in a Pol.is export folder (votes.csv, or participants-votes.csv where"
                + " votes.csv is absent; comments.csv for the statements moderated out) and print them as JSON:",
                "{\"groups\": K, \"participants\": {\"<participant>\": <group>, ...}, \"consensus\": [statement ids]}.",
                "Groups are numbered from 0, the largest first. The method is described in docs/systematization.md."})
public final class OpinionGroupsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "a Pol.is conversation export folder")
    Path dir;

    @Option(names = "--min-reactions", defaultValue = "7", description = "reactions a participant needs to be placed (default ${DEFAULT-VALUE})")
    int minReactions;

    @Option(names = "--max-groups", defaultValue = "5", description = "most groups tried, from 2 (default ${DEFAULT-VALUE})")
    int maxGroups;

    @Option(names = "--seed", defaultValue = "42", description = "seed of the random starts (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--compare", description = "also compare with the groups Pol.is published (participants-votes.csv's"
            + " group-id): their number, and the adjusted Rand index over the participants both placed")
    boolean compare;

    @Override
    public void run() {
        if (minReactions < 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--min-reactions must be at least 1");
        if (maxGroups < 2) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--max-groups must be at least 2");
        PolisExport.Conversation conversation = PolisExport.read(dir, PolisExport.Limits.DEFAULT);
        OpinionMap map = OpinionGroups.find(conversation.reactions(), conversation.hidden(),
                new OpinionGroups.Settings(minReactions, 2, maxGroups, seed));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("groups", map.groups());
        Map<String, Integer> participants = new LinkedHashMap<>();
        for (OpinionMap.Placement p : map.placed()) participants.put(p.participant(), p.group());
        out.put("participants", participants);
        out.put("consensus", map.consensus().stream().map(a -> id(a.statement())).toList());
        if (compare) out.put("published", comparison(conversation.published(), participants));
        PrintWriter w = spec.commandLine().getOut();
        w.println(PrettyJson.write(out));
        w.flush();
    }

    /** Statement ids as numbers where they are (Pol.is's are), so that a reader compares like with like. */
    static Object id(String id) {
        return id.matches("0|-?[1-9][0-9]{0,17}") ? (Object) Long.parseLong(id) : id;
    }

    static Map<String, Object> comparison(Map<String, String> published, Map<String, Integer> ours) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("groups", published.values().stream().distinct().count());
        List<String> both = published.keySet().stream().filter(ours::containsKey).toList();
        Map<String, Integer> labels = new HashMap<>();
        int[] a = new int[both.size()], b = new int[both.size()];
        for (int i = 0; i < both.size(); i++) {
            a[i] = labels.computeIfAbsent(published.get(both.get(i)), k -> labels.size());
            b[i] = ours.get(both.get(i));
        }
        out.put("participants", both.size());
        out.put("adjustedRand", both.isEmpty() ? null : Math.round(AdjustedRand.index(a, b) * 10000) / 10000.0);
        return out;
    }
}
