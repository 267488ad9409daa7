package org.atazan.systematization;

import java.util.Optional;

/** Where the sources of imported conversations are kept (PostgreSQL at the edge). */
public interface ConversationSources {

    void add(ConversationSource source);

    Optional<ConversationSource> of(String consultationId);
}
