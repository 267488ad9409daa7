package org.atazan.systematization;

/**
 * Where a consultation imported from another tool comes from, shown wherever its data is shown.
 *
 * @param name        the conversation's name in its source (a Pol.is export folder's, say)
 * @param topic       its topic, in the source's words and language
 * @param url         the conversation's address
 * @param licence     the data's licence (CC BY 4.0 for Pol.is's open data)
 * @param attribution the sentence the licence asks to keep
 * @param caseStudy   the address of a case study about it, or empty
 */
public record ConversationSource(String consultationId, String name, String topic, String url, String licence,
                                 String attribution, String caseStudy) {
}
