/**
 * Charter: the constitution as structured, versioned text. Its public face is this package: the
 * text's records, {@link org.atazan.charter.CharterLibrary} (the use cases), the comparison with its
 * redline, and the events it publishes.
 */
@ApplicationModule(displayName = "Charter", allowedDependencies = {"kernel", "platform"})
package org.atazan.charter;

import org.springframework.modulith.ApplicationModule;
