package org.atazan.systematization;

import java.util.List;

/**
 * Short proposals in Russian on three subjects that share almost no word: land, the death penalty and the
 * president's term. The clustering tests, the topic pages' and the amendments' citing clusters use them.
 */
public final class ThreeSubjects {
    public static final List<String> LAND = List.of("Земля не может продаваться иностранцам никогда",
            "Запретить продажу земли иностранным гражданам", "Сельскохозяйственная земля принадлежит народу",
            "Земля и недра принадлежат народу Казахстана", "Аренда земли иностранцам запрещена навсегда",
            "Продажа земли только гражданам Казахстана");
    public static final List<String> DEATH = List.of("Вернуть смертную казнь за тяжкие преступления", "Запретить смертную казнь навсегда",
            "Смертная казнь недопустима в правовом государстве", "Отменить смертную казнь полностью",
            "Смертную казнь применять только за терроризм", "Мораторий на смертную казнь сделать законом");
    public static final List<String> TERM = List.of("Сократить срок полномочий президента до пяти лет",
            "Президент избирается на один срок полномочий", "Ограничить полномочия президента одним сроком",
            "Срок полномочий президента не более пяти лет", "Запретить президенту продлевать свои полномочия",
            "Президента избирать на один срок без права переизбрания");

    private ThreeSubjects() {
    }
}
