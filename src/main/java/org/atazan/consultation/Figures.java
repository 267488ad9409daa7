package org.atazan.consultation;

import java.util.List;

/** How many proposals a consultation has, per article, kind, status, region, channel and week. Hidden ones count. */
public record Figures(long total, List<Count> byArticle, List<Count> byKind, List<Count> byStatus, List<Count> byRegion,
                      List<Count> byChannel, List<Count> byWeek) {
}
