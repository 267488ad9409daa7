package org.atazan.voting.cli;

import org.atazan.voting.ColumnMapping;
import org.atazan.voting.ImportMode;
import org.atazan.voting.protocols.ImportResult;
import org.atazan.voting.protocols.ProtocolReader;

import java.nio.file.Path;

/** The tolerant read that the analysis commands share. */
final class Analysis {
    /** Explains in command help why analysis keeps rows that break control relations. */
    static final String TOLERANT_NOTE = "Rows that break a control relation (e.g. in boxes != invalid + yes + no) are "
            + "counted and reported as warnings, because analysis must describe the published data as it is; a row "
            + "that cannot be read (missing column or value, non-number, negative figure, repeated station) stops "
            + "the command with exit status 2. "
            + "Platform import, by contrast, is strict (all or nothing) or skips bad rows.";

    private Analysis() {
    }

    static ImportResult read(Path file, String mapping) {
        return ProtocolReader.read(file, ColumnMapping.load(mapping), ImportMode.TOLERANT);
    }
}
