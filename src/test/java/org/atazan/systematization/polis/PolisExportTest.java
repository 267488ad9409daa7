package org.atazan.systematization.polis;

import org.atazan.SharedData;
import org.atazan.kernel.BadInputException;
import org.atazan.systematization.ReactionMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PolisExportTest {
    @TempDir
    Path dir;

    @Test
    void readsEveryVoteTheLatestOfAPersonCountingAndTheModeratorsHiddenStatements() throws IOException {
        Files.writeString(dir.resolve("comments.csv"), """
                timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body
                1,x,0,0,1,0,1,"First, with a comma"
                2,x,1,0,0,0,-1,Hidden
                """);
        // Out of time order on purpose: voter 7's later vote (t=30) on statement 0 is a disagree.
        Files.writeString(dir.resolve("votes.csv"), """
                timestamp,datetime,comment-id,voter-id,vote
                30,x,0,7,-1
                10,x,0,7,1
                20,x,1,8,0
                """);
        PolisExport.Conversation c = PolisExport.read(dir, PolisExport.Limits.DEFAULT);
        ReactionMatrix m = c.reactions();
        assertThat(m.statements()).containsExactly("0", "1");
        assertThat(m.participants()).containsExactly("7", "8");
        assertThat(m.reactions()).isEqualTo(2);
        assertThat(c.hidden()).containsExactly("1");
        assertThat(c.texts()).containsEntry("0", "First, with a comma");
    }

    @Test
    void readsTheWideFileWhereThereIsNoVotesFileWithThePublishedGroups() {
        PolisExport.Conversation c = PolisExport.read(SharedData.dir().resolve("polis/american-assembly.bowling-green"),
                PolisExport.Limits.DEFAULT);
        assertThat(c.reactions().participants()).hasSize(2031);
        assertThat(c.reactions().statements()).hasSize(896);
        assertThat(c.published()).isNotEmpty().allSatisfy((p, g) -> assertThat(g).isIn("0", "1"));
    }

    @Test
    void aVoteThatIsNotOneOfThreeIsRefusedWithItsLine() throws IOException {
        Files.writeString(dir.resolve("votes.csv"), "timestamp,datetime,comment-id,voter-id,vote\n1,x,0,1,1\n2,x,0,2,yes\n");
        assertThatThrownBy(() -> PolisExport.read(dir, PolisExport.Limits.DEFAULT)).isInstanceOf(BadInputException.class)
                .hasMessage("votes.csv line 3, column vote: a vote is 1 (agree), -1 (disagree) or 0 (pass), not 'yes'");
    }

    @Test
    void aMissingColumnIsNamed() throws IOException {
        Files.writeString(dir.resolve("votes.csv"), "timestamp,comment-id,vote\n1,0,1\n");
        assertThatThrownBy(() -> PolisExport.read(dir, PolisExport.Limits.DEFAULT)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("votes.csv: no column 'voter-id'");
    }

    @Test
    void aFolderWithoutVotesIsRefused() {
        assertThatThrownBy(() -> PolisExport.read(dir, PolisExport.Limits.DEFAULT)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("neither votes.csv nor participants-votes.csv");
        assertThatThrownBy(() -> PolisExport.read(dir.resolve("nowhere"), PolisExport.Limits.DEFAULT))
                .hasMessageContaining("not a folder");
    }

    @Test
    void filesAreBoundedWhileRead() throws IOException {
        Files.writeString(dir.resolve("votes.csv"), "timestamp,datetime,comment-id,voter-id,vote\n" + "1,x,0,1,1\n".repeat(100));
        assertThatThrownBy(() -> PolisExport.read(dir, new PolisExport.Limits(200, 1000))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("votes.csv: larger than 200 bytes");
        Files.writeString(dir.resolve("votes.csv"), "timestamp,datetime,comment-id,voter-id,vote\n1,x,0,1," + "1".repeat(5000) + "\n");
        assertThatThrownBy(() -> PolisExport.read(dir, new PolisExport.Limits(1 << 20, 1000))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("votes.csv line 2: longer than 1,000 characters");
    }

    @Test
    void anUnclosedQuoteIsRefusedNotCrashedOn() throws IOException {
        Files.writeString(dir.resolve("votes.csv"), "timestamp,datetime,comment-id,voter-id,vote\n1,\"x,0,1,1\n");
        assertThatThrownBy(() -> PolisExport.read(dir, PolisExport.Limits.DEFAULT)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("votes.csv line");
    }
}
