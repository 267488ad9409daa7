package org.atazan.charter;

/** A numbered point within a paragraph: label as written ("1)", "4a.", "a)") and its text. */
public record Point(String number, String text) {
    public Point {
        number = number == null ? "" : number;
        text = text == null ? "" : text;
    }
}
