package org.atazan.voting.apportionment;

import java.util.List;
import java.util.Map;

/**
 * The result of a seat allocation.
 *
 * @param seats seats per party in input order ("Against all" rows left out)
 * @param quota the quota of a largest-remainder method, null for divisor methods
 */
public record Allocation(Method method, Map<String, Integer> seats, Double quota, List<String> passedThreshold,
                         List<Tie> ties) {
}
