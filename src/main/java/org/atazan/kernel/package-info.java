/**
 * The shared kernel: the few plain-Java types every module may use (errors that cross the edges,
 * the ports through which a core announces its decisions). No Spring, no SQL, no HTTP.
 */
@ApplicationModule(displayName = "Kernel")
package org.atazan.kernel;

import org.springframework.modulith.ApplicationModule;
