package com.intelliclaim.engine.ingest.parse;

/** The text of one page, numbered from 1 as printed viewers number them. Lines are separated by {@code '\n'}. */
public record PageText(int number, String text) {
    public PageText {
        if (number < 1) {
            throw new IllegalArgumentException("page numbers start at 1: " + number);
        }
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
    }
}
