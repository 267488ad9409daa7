/**
 * The shared kernel: the few plain-Java types every module may use (errors that cross the edges).
 * No Spring, no SQL, no HTTP.
 */
package org.atazan.kernel;
