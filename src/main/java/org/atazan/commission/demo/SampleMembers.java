package org.atazan.commission.demo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * GENERATED SAMPLE names for the demo commission's members (not real people): Kazakh and Russian first
 * names and family names drawn from a seeded generator, so every start makes the same list.
 */
final class SampleMembers {
    private static final String[] KK_MEN = {"Асқар", "Бауыржан", "Ерлан", "Нұрлан", "Дәурен", "Қайрат", "Серік", "Мұрат",
            "Жандос", "Ғалым", "Ержан", "Талғат", "Арман", "Бақыт", "Рүстем", "Әділет"};
    private static final String[] KK_WOMEN = {"Айгүл", "Гүлнар", "Динара", "Жанар", "Сәуле", "Әсел", "Мәдина", "Ләззат",
            "Салтанат", "Ақмарал", "Гүлмира", "Айжан", "Назгүл", "Раушан"};
    private static final String[] KK_FAMILY = {"Жұмабаев", "Сәрсенбаев", "Әбдірахманов", "Қасымов", "Төлеуов", "Нұрғалиев",
            "Мұхаметжанов", "Бекмағамбетов", "Ермеков", "Оспанов", "Тоқтаров", "Ахметов", "Құдайбергенов", "Сейітов",
            "Ілиясов", "Байжанов", "Есенов", "Шәкенов"};
    private static final String[] RU_MEN = {"Алексей", "Сергей", "Андрей", "Дмитрий", "Виктор", "Олег", "Игорь", "Павел"};
    private static final String[] RU_WOMEN = {"Ольга", "Елена", "Наталья", "Ирина", "Татьяна", "Светлана", "Марина", "Анна"};
    private static final String[] RU_FAMILY = {"Кузнецов", "Волков", "Морозов", "Лебедев", "Соколов", "Ким", "Павлов",
            "Белов", "Никитин", "Фролов", "Шевченко", "Пак"};

    private SampleMembers() {
    }

    /** {@code count} distinct names, about seven in ten Kazakh, the same for the same seed. */
    static List<String> names(long seed, int count) {
        Random r = new Random(seed);
        Set<String> out = new LinkedHashSet<>();
        while (out.size() < count) {
            boolean kazakh = r.nextInt(10) < 7;
            boolean woman = r.nextBoolean();
            String first = kazakh ? pick(r, woman ? KK_WOMEN : KK_MEN) : pick(r, woman ? RU_WOMEN : RU_MEN);
            String family = kazakh ? pick(r, KK_FAMILY) : pick(r, RU_FAMILY);
            // Family names agree with the person: Жұмабаев → Жұмабаева, Ким and Шевченко stay as they are.
            if (woman && (family.endsWith("ов") || family.endsWith("ев") || family.endsWith("ин"))) family = family + "а";
            out.add(first + " " + family);
        }
        return new ArrayList<>(out);
    }

    private static String pick(Random r, String[] from) {
        return from[r.nextInt(from.length)];
    }
}
