package org.atazan.consultation.demo;

import org.atazan.consultation.Channel;
import org.atazan.consultation.Language;
import org.atazan.consultation.Outcome;
import org.atazan.consultation.ProposalKind;
import org.atazan.consultation.ProposalStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generated sample proposals, the same for the same seed, charter topics and clock: for the demo
 * consultation and for benchmarks (see docs/consultation-demo.md). Plain Java.
 * <p>
 * Attention follows the topics citizens wrote about in 2025–2026: the parliament (Kurultai), the
 * president and rights sections draw most proposals; within a section the first articles draw more
 * (a Zipf-like 1/rank share). About one in five proposals is a near-duplicate of a mass campaign's
 * text (the same wording with a small tail added). Dates spread over the 182 days before {@code now};
 * a proposal registered more than 15 working days ago is mostly answered, about one in eight of those
 * is left overdue.
 */
public final class SampleProposals {
    /** The days before "now" the sample's proposals spread over: six months. */
    public static final int DAYS = 182;
    private static final String[] REGIONS = {"KZ-ALA", "KZ-AST", "KZ-SHY", "KZ-KAR", "KZ-YUZ", "KZ-ALM", "KZ-VOS", "KZ-AKT",
            "KZ-ZHA", "KZ-PAV", "KZ-KUS", "KZ-ATY", "KZ-AKM", "KZ-ZAP", "KZ-KZY", "KZ-MAN", "KZ-SEV", "KZ-ABA", "KZ-ZHT", "KZ-ULT"};
    /** Region weights, roughly by population (Almaty, Astana and Shymkent first). */
    private static final int[] REGION_WEIGHTS = {22, 14, 12, 9, 10, 9, 6, 6, 6, 5, 5, 4, 5, 4, 4, 4, 3, 3, 3, 1};
    private static final Pattern SECTION = Pattern.compile("^(?:Раздел|РАЗДЕЛ)\\s+[IVXLC]+\\.?\\s*(.*)$|^([IVXLC]+)\\s*бөлім\\.?\\s*(.*)$");
    private static final Pattern ARTICLE = Pattern.compile("^(?:Статья|Article)\\s+([0-9]+(?:-[0-9]+)?)\\.?.*$|^([0-9]+(?:-[0-9]+)?)\\s*-?бап\\.?.*$");

    /** A section of the text: its topic (from its heading) and its articles in order. */
    public record Topic(String code, String heading, List<String> articles) {
        public Topic {
            articles = List.copyOf(articles);
        }
    }

    /** One step of a sample's history after "received". {@code mergedInto} is another sample's index, or -1. */
    public record Step(ProposalStatus status, Outcome outcome, int mergedInto, String reason, Instant at) {
    }

    /**
     * One generated proposal. {@code index} is its place in the sample (0-based, in received order);
     * {@code campaign} the campaign it copies, or -1; {@code supports} how many others support it.
     */
    public record Sample(int index, String externalId, Channel channel, String article, ProposalKind kind, String wording,
                         String reasons, Language language, String region, String displayName, Instant receivedAt,
                         List<Step> steps, int supports, String hiddenReason, int campaign, String topic) {
        public ProposalStatus status() {
            return steps.isEmpty() ? ProposalStatus.RECEIVED : steps.get(steps.size() - 1).status();
        }
    }

    /** The topic a section's heading is about, from words in kk, ru or en; "other" when none fits. */
    public static String topicOf(String heading) {
        String h = heading.toLowerCase(Locale.ROOT);
        if (h.contains("курултай") || h.contains("құрылтай") || h.contains("парламент") || h.contains("parliament")
                || h.contains("kurultai")) return "parliament";
        if (h.contains("президент") || h.contains("president")) return "president";
        if (h.contains("конституционный суд") || h.contains("конституциялық сот") || h.contains("constitutional court")) return "court";
        if (h.contains("кеңес") || h.contains("council")) return "council";
        if (h.contains("права") || h.contains("свобод") || h.contains("құқ") || h.contains("rights")) return "rights";
        if (h.contains("правительств") || h.contains("үкімет") || h.contains("government")) return "government";
        if (h.contains("основы") || h.contains("негіз") || h.contains("foundation")) return "foundations";
        if (h.contains("правосуд") || h.contains("сот төрелігі") || h.contains("justice")) return "justice";
        if (h.contains("местн") || h.contains("жергілікті") || h.contains("local")) return "local";
        if (h.contains("изменени") || h.contains("өзгеріс") || h.contains("amend")) return "amendments";
        if (h.contains("переходн") || h.contains("өтпелі") || h.contains("transitional")) return "transitional";
        return "other";
    }

    /** How much attention a topic draws (per section, shared among its articles). */
    static int weight(String topic) {
        return switch (topic) {
            case "parliament" -> 24;
            case "rights" -> 22;
            case "president" -> 18;
            case "court" -> 7;
            case "council", "foundations" -> 6;
            case "government", "justice" -> 5;
            case "local" -> 4;
            case "amendments" -> 2;
            case "whole" -> 3;
            default -> 1;
        };
    }

    /** The sections and articles of a plain charter text, by its headings ("Раздел IV. Курултай", "Статья 52."). */
    public static List<Topic> topicsFromText(String text) {
        List<Topic> out = new ArrayList<>();
        String heading = null;
        List<String> articles = new ArrayList<>();
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            Matcher s = SECTION.matcher(line);
            if (s.matches()) {
                if (heading != null && !articles.isEmpty()) out.add(new Topic(topicOf(heading), heading, articles));
                heading = s.group(1) != null ? s.group(1) : s.group(3);
                articles = new ArrayList<>();
                continue;
            }
            Matcher a = ARTICLE.matcher(line);
            if (a.matches() && heading != null) articles.add(a.group(1) != null ? a.group(1) : a.group(2));
        }
        if (heading != null && !articles.isEmpty()) out.add(new Topic(topicOf(heading), heading, articles));
        return out;
    }

    private final long seed;
    private final Instant now;
    private final List<Topic> topics;
    private final String[] articleOf;
    private final String[] topicOfArticle;
    private final double[] cumulative;

    /** @param now the platform clock's instant: every date of the sample lies in the {@link #DAYS} before it */
    public SampleProposals(long seed, Instant now, List<Topic> topics) {
        if (topics.isEmpty()) throw new IllegalArgumentException("no sections with articles: cannot spread proposals");
        this.seed = seed;
        this.now = now;
        this.topics = List.copyOf(topics);
        List<String> arts = new ArrayList<>();
        List<String> tops = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        arts.add(null);
        tops.add("whole");
        weights.add((double) weight("whole"));
        for (Topic t : this.topics) {
            double harmonic = 0;
            for (int i = 1; i <= t.articles().size(); i++) harmonic += 1.0 / i;
            for (int i = 0; i < t.articles().size(); i++) {
                arts.add(t.articles().get(i));
                tops.add(t.code());
                weights.add(weight(t.code()) * (1.0 / (i + 1)) / harmonic);
            }
        }
        articleOf = arts.toArray(String[]::new);
        topicOfArticle = tops.toArray(String[]::new);
        cumulative = new double[weights.size()];
        double sum = 0;
        for (int i = 0; i < weights.size(); i++) cumulative[i] = sum += weights.get(i);
    }

    public List<Topic> topics() {
        return topics;
    }

    /** The first {@code count} samples, in received order (oldest first). */
    public List<Sample> generate(int count) {
        if (count < 0 || count > 10_000_000) throw new IllegalArgumentException("count " + count + " is not between 0 and 10,000,000");
        SplittableRandom rnd = new SplittableRandom(seed);
        // Received times first, sorted, so that reference numbers follow the dates as they would.
        long span = Duration.ofDays(DAYS).toSeconds();
        long[] offsets = new long[count];
        for (int i = 0; i < count; i++) {
            // More proposals in the later months (after the draft's publication): a triangular ramp.
            double u = Math.max(rnd.nextDouble(), rnd.nextDouble());
            offsets[i] = (long) (u * span);
        }
        java.util.Arrays.sort(offsets);
        Instant start = now.minus(Duration.ofDays(DAYS));
        List<Sample> out = new ArrayList<>(count);
        List<Integer> campaigns = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant received = start.plusSeconds(offsets[i]);
            int lang = pickLanguage(rnd);
            Channel channel = pickChannel(rnd);
            String region = pick(rnd, REGIONS, REGION_WEIGHTS);
            int campaign = -1;
            String article;
            String topic;
            String wording;
            ProposalKind kind;
            if (!campaigns.isEmpty() && rnd.nextInt(100) < 20) {
                // A copy of a campaign's text with a small edit; it keeps the campaign's article and language.
                campaign = campaigns.get(rnd.nextInt(campaigns.size()));
                Sample c = out.get(campaign);
                article = c.article();
                topic = c.topic();
                kind = c.kind();
                lang = c.language().ordinal();
                List<String> tails = SampleTexts.CAMPAIGN_TAILS.get(lang);
                wording = c.wording() + tails.get(1 + rnd.nextInt(tails.size() - 1));
            } else {
                int a = pickArticle(rnd);
                article = articleOf[a];
                topic = topicOfArticle[a];
                kind = pickKind(rnd, article);
                List<List<String>> byLang = SampleTexts.WORDING.getOrDefault(topic, SampleTexts.WORDING.get("whole"));
                List<String> templates = byLang.get(lang);
                wording = fill(templates.get(rnd.nextInt(templates.size())), article, topic, rnd);
                // Some texts become campaigns, copied by many (a mass campaign's template).
                if (rnd.nextInt(100) < 2 && campaigns.size() < 40) campaigns.add(i);
            }
            List<String> reasonsList = SampleTexts.REASONS.get(lang);
            String reasons = rnd.nextInt(10) < 8 ? reasonsList.get(rnd.nextInt(reasonsList.size())) : "";
            String name = channel == Channel.PLATFORM && rnd.nextInt(3) == 0
                    ? SampleTexts.NAMES.get(rnd.nextInt(SampleTexts.NAMES.size())) : "";
            List<Step> steps = steps(rnd, received, lang, article, campaign);
            int supports = campaign < 0 && campaigns.contains(i) ? 20 + rnd.nextInt(180)
                    : rnd.nextInt(100) < 30 ? 1 + rnd.nextInt(12) : 0;
            String hidden = rnd.nextInt(200) == 0 ? SampleTexts.HIDDEN.get(lang) : null;
            // Every sample has an external id (also the platform's), so that an import of the file is idempotent.
            String externalId = "SAMPLE-" + channel.code().toUpperCase(Locale.ROOT).replace('_', '-')
                    + String.format(Locale.ROOT, "-%d-%07d", seed, i + 1);
            out.add(new Sample(i, externalId, channel, article, kind, wording, reasons, Language.values()[lang], region, name,
                    received, steps, supports, hidden, campaign, topic));
        }
        return out;
    }

    private List<Step> steps(SplittableRandom rnd, Instant received, int lang, String article, int campaign) {
        List<Step> steps = new ArrayList<>();
        long ageDays = Duration.between(received, now).toDays();
        if (ageDays < 2 && rnd.nextBoolean()) return steps;
        Instant registered = received.plus(Duration.ofHours(2 + rnd.nextInt(Math.max(3, (int) Math.min(46, ageDays * 24 - 1)))));
        if (registered.isAfter(now)) return steps;
        steps.add(new Step(ProposalStatus.REGISTERED, null, -1, SampleTexts.REGISTERED.get(lang), registered));
        long sinceRegistered = Duration.between(registered, now).toDays();
        // 15 working days are about 21 calendar days: past that, most are answered, some left overdue.
        boolean pastDue = sinceRegistered > 22;
        boolean answer = pastDue ? rnd.nextInt(8) != 0 : rnd.nextInt(100) < Math.min(60, sinceRegistered * 3);
        boolean review = answer ? rnd.nextInt(10) < 7 : sinceRegistered > 3 && rnd.nextBoolean();
        Instant reviewAt = registered.plus(Duration.ofHours(12 + rnd.nextInt(72)));
        if (review && reviewAt.isBefore(now)) {
            steps.add(new Step(ProposalStatus.UNDER_REVIEW, null, -1, SampleTexts.UNDER_REVIEW.get(lang), reviewAt));
        } else {
            reviewAt = registered;
        }
        if (answer) {
            long room = Math.max(1, Math.min(Duration.between(reviewAt, now).toHours(), 20 * 24) - 1);
            Instant at = reviewAt.plus(Duration.ofHours(1 + rnd.nextLong(room)));
            Outcome o = campaign >= 0 && rnd.nextInt(10) < 7 ? Outcome.MERGED : pickOutcome(rnd);
            String reason = SampleTexts.ANSWER.get(o).get(lang).replace("{a}", article == null ? "—" : article);
            if (article == null && (o == Outcome.ACCEPTED || o == Outcome.PARTLY_ACCEPTED)) o = Outcome.REJECTED;
            if (o == Outcome.REJECTED) reason = SampleTexts.ANSWER.get(Outcome.REJECTED).get(lang);
            steps.add(new Step(ProposalStatus.ANSWERED, o, o == Outcome.MERGED ? campaign : -1, reason, at));
        }
        return steps;
    }

    private static String fill(String template, String article, String topic, SplittableRandom rnd) {
        String n = switch (topic) {
            case "parliament" -> template.contains("процент") || template.contains("пайыз") || template.contains("per cent")
                    ? String.valueOf(3 + rnd.nextInt(3)) : String.valueOf(150 + 5 * rnd.nextInt(12));
            case "president" -> String.valueOf(template.contains("дн") || template.contains("күн") || template.contains("days")
                    ? 10 + 5 * rnd.nextInt(5) : 5 + rnd.nextInt(3));
            case "amendments" -> String.valueOf(50 + 50 * rnd.nextInt(10));
            case "local" -> String.valueOf(5 + 5 * rnd.nextInt(4));
            default -> String.valueOf(15 + 15 * rnd.nextInt(4));
        };
        return template.replace("{a}", article == null ? "" : article).replace("{n}", n);
    }

    private int pickArticle(SplittableRandom rnd) {
        double x = rnd.nextDouble() * cumulative[cumulative.length - 1];
        int i = java.util.Arrays.binarySearch(cumulative, x);
        return Math.min(i < 0 ? -i - 1 : i, cumulative.length - 1);
    }

    private static int pickLanguage(SplittableRandom rnd) {
        int x = rnd.nextInt(100);
        return x < 38 ? 0 : x < 90 ? 1 : 2;
    }

    private static Channel pickChannel(SplittableRandom rnd) {
        int x = rnd.nextInt(100);
        return x < 45 ? Channel.EGOV_PORTAL : x < 80 ? Channel.APPEALS_PORTAL : x < 97 ? Channel.PLATFORM : Channel.OTHER;
    }

    private static ProposalKind pickKind(SplittableRandom rnd, String article) {
        if (article == null) return ProposalKind.OTHER;
        int x = rnd.nextInt(100);
        return x < 58 ? ProposalKind.AMEND : x < 82 ? ProposalKind.ADD : x < 90 ? ProposalKind.REPEAL : ProposalKind.OTHER;
    }

    private static Outcome pickOutcome(SplittableRandom rnd) {
        int x = rnd.nextInt(100);
        return x < 14 ? Outcome.ACCEPTED : x < 34 ? Outcome.PARTLY_ACCEPTED : x < 86 ? Outcome.REJECTED : Outcome.OUT_OF_SCOPE;
    }

    private static String pick(SplittableRandom rnd, String[] values, int[] weights) {
        int total = 0;
        for (int w : weights) total += w;
        int x = rnd.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            if ((x -= weights[i]) < 0) return values[i];
        }
        return values[values.length - 1];
    }
}
