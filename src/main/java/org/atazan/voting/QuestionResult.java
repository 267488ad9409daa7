package org.atazan.voting;

/** Yes and no votes on one question of a referendum at one polling station. */
public record QuestionResult(String questionId, long yes, long no) {
}
