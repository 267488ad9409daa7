package org.atazan.voting;

import java.util.List;
import java.util.Map;

/**
 * A referendum as an official asks for it: {@code date} as YYYY-MM-DD; {@code rule} (default
 * "majority"), {@code country} (default "XX"), {@code questions} (default: one, worded as the title)
 * and {@code titles} may be left out.
 */
public record NewVote(String id, String title, String date, String rule, String country, List<Question> questions,
                      Map<String, String> titles) {
}
