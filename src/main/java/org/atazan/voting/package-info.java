/**
 * Voting: referendums and elections counted, checked and published. Its public face is this
 * package: votes, territories, protocols and tallies, the use cases, and the events it publishes.
 */
@ApplicationModule(displayName = "Voting", allowedDependencies = {"kernel", "platform"})
package org.atazan.voting;

import org.springframework.modulith.ApplicationModule;
