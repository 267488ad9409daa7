package org.atazan.web;

/** The header of a protocol file in the ru-2020 layout, for tests that upload small files. */
final class ProtocolCsv {
    static final String HEADER = "\"name\",\"region\",\"tik\",\"uik\","
            + "\"Число участников голосования, включенных в список участников голосования на момент окончания голосования\","
            + "\"Число бюллетеней, выданных участникам голосования\",\"Число бюллетеней, содержащихся в ящиках для голосования\","
            + "\"Число недействительных бюллетеней\",\"ДА\",\"НЕТ\",\"url\"\n";

    private ProtocolCsv() {
    }
}
