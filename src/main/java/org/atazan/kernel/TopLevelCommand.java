package org.atazan.kernel;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a picocli command of a module's {@code cli} package as a command of {@code atazan} itself.
 * The launcher finds such classes on the class path, so a new module adds commands without editing
 * a shared list.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TopLevelCommand {
}
