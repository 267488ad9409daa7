package org.atazan.consultation.demo;

import org.atazan.consultation.Outcome;

import java.util.List;
import java.util.Map;

/**
 * The sentences the sample generator composes proposals from, per topic of the 2026 text and per
 * language (kk, ru, en). {@code {a}} is the article's number, {@code {n}} a number the generator picks
 * (years, seats, days). Written for the topics citizens wrote about in 2025–2026; no filler text.
 */
final class SampleTexts {
    private SampleTexts() {
    }

    /** Wording templates per topic: index 0 kk, 1 ru, 2 en; each a list of alternatives. */
    static final Map<String, List<List<String>>> WORDING = Map.ofEntries(
            Map.entry("parliament", List.of(
                    List.of("{a}-баптағы Құрылтай депутаттарының санын {n} адамға дейін көбейтуді ұсынамын.",
                            "{a}-бапқа Құрылтай депутаттарының сайлаушылар алдында жыл сайын есеп беруі туралы норма қосу керек.",
                            "{a}-бапта Құрылтай сайлауындағы өту шегін {n} пайызға дейін төмендетуді ұсынамын."),
                    List.of("Предлагаю в статье {a} увеличить число депутатов Курултая до {n}.",
                            "Дополнить статью {a} обязанностью депутатов Курултая ежегодно отчитываться перед избирателями.",
                            "Снизить в статье {a} проходной барьер на выборах в Курултай до {n} процентов."),
                    List.of("In Article {a}, raise the number of Kurultai deputies to {n}.",
                            "Add to Article {a} a duty for Kurultai deputies to report to their voters every year.",
                            "Lower the threshold for Kurultai elections in Article {a} to {n} per cent."))),
            Map.entry("president", List.of(
                    List.of("{a}-бапта Президенттің өкілеттік мерзімін {n} жылмен шектеуді ұсынамын.",
                            "{a}-бапқа Вице-Президенттің өкілеттіктерін нақты жазу керек.",
                            "{a}-бапта Президенттің жарлықтарын Құрылтай {n} күн ішінде қарауын көздеу керек."),
                    List.of("Предлагаю в статье {a} ограничить срок полномочий Президента {n} годами.",
                            "В статье {a} точно перечислить полномочия Вице-Президента.",
                            "Дополнить статью {a}: указы Президента рассматриваются Курултаем в течение {n} дней."),
                    List.of("In Article {a}, limit the President's term of office to {n} years.",
                            "Article {a} should list the powers of the Vice President precisely.",
                            "Add to Article {a} that the Kurultai reviews the President's decrees within {n} days."))),
            Map.entry("rights", List.of(
                    List.of("{a}-бапқа дербес деректерді қорғау құқығын тікелей жазу керек.",
                            "{a}-бапта бейбіт жиналыстарды хабарлама тәртібімен өткізу құқығын бекіту керек.",
                            "{a}-бапқа интернетке қолжетімділік құқығын қосуды ұсынамын."),
                    List.of("Прямо закрепить в статье {a} право на защиту персональных данных.",
                            "Закрепить в статье {a} уведомительный порядок проведения мирных собраний.",
                            "Предлагаю дополнить статью {a} правом на доступ к интернету."),
                    List.of("Article {a} should state the right to the protection of personal data directly.",
                            "Article {a} should make peaceful assemblies subject to notification, not permission.",
                            "Add the right of access to the internet to Article {a}."))),
            Map.entry("court", List.of(
                    List.of("{a}-бапта азаматтардың Конституциялық Сотқа тікелей жүгіну мерзімін {n} күн деп белгілеу керек.",
                            "{a}-бапқа Конституциялық Сот шешімдерінің толық мәтінін жариялау міндетін қосу керек."),
                    List.of("Установить в статье {a} срок рассмотрения обращений граждан в Конституционный Суд — {n} дней.",
                            "Дополнить статью {a} обязанностью публиковать полные тексты решений Конституционного Суда."),
                    List.of("Set in Article {a} a time limit of {n} days for the Constitutional Court to hear citizens' petitions.",
                            "Add to Article {a} a duty to publish the full text of the Constitutional Court's decisions."))),
            Map.entry("council", List.of(
                    List.of("{a}-бапта Халық Кеңесі мүшелерін өңірлерден сайлау тәртібін жазу керек.",
                            "{a}-бапқа Халық Кеңесінің заң жобаларын Құрылтай {n} күн ішінде қарау міндетін қосу керек."),
                    List.of("Прописать в статье {a} порядок избрания членов Халық Кеңесі от регионов.",
                            "Дополнить статью {a}: законопроекты Халық Кеңесі рассматриваются Курултаем в течение {n} дней."),
                    List.of("Article {a} should say how members of the People's Council are chosen by the regions.",
                            "Add to Article {a} that the Kurultai considers the People's Council's bills within {n} days."))),
            Map.entry("government", List.of(
                    List.of("{a}-бапта Үкіметтің Құрылтай алдында жыл сайын есеп беруін көздеу керек.",
                            "{a}-бапқа министрлерге сенімсіздік білдіру тәртібін қосуды ұсынамын."),
                    List.of("Предусмотреть в статье {a} ежегодный отчёт Правительства перед Курултаем.",
                            "Дополнить статью {a} порядком выражения недоверия отдельным министрам."),
                    List.of("Article {a} should require the Government to report to the Kurultai every year.",
                            "Add to Article {a} a procedure for a vote of no confidence in a single minister."))),
            Map.entry("foundations", List.of(
                    List.of("{a}-бапта мемлекеттік тілдің мәртебесін нақтылау керек.",
                            "{a}-бапқа жер мен оның қойнауы халықтың меншігі екенін тікелей жазу керек."),
                    List.of("Уточнить в статье {a} статус государственного языка.",
                            "Прямо записать в статье {a}, что земля и её недра принадлежат народу."),
                    List.of("Article {a} should define the status of the state language more precisely.",
                            "Article {a} should state directly that the land and its subsoil belong to the people."))),
            Map.entry("justice", List.of(
                    List.of("{a}-бапқа ұсталған адамға құқықтарын түсіндіру міндетін («Миранда ережесі») қосу керек.",
                            "{a}-бапта судьяларды тағайындау тәртібін ашық ету керек."),
                    List.of("Дополнить статью {a} обязанностью разъяснять задержанному его права («правило Миранды»).",
                            "Сделать в статье {a} порядок назначения судей открытым."),
                    List.of("Add to Article {a} the duty to tell a detained person their rights (the \"Miranda rule\").",
                            "Article {a} should make the appointment of judges an open procedure."))),
            Map.entry("local", List.of(
                    List.of("{a}-бапта аудан әкімдерін тікелей сайлауды көздеу керек.",
                            "{a}-бапқа жергілікті бюджеттің {n} пайызын тұрғындар шешетінін жазуды ұсынамын."),
                    List.of("Предусмотреть в статье {a} прямые выборы акимов районов.",
                            "Дополнить статью {a}: {n} процентов местного бюджета распределяют жители."),
                    List.of("Article {a} should provide for the direct election of district akims.",
                            "Add to Article {a} that residents decide on {n} per cent of the local budget."))),
            Map.entry("amendments", List.of(
                    List.of("{a}-бапта Конституцияға кез келген өзгерісті тек референдуммен қабылдау керек.",
                            "{a}-бапта азаматтардың {n} мың қолы жиналса, түзетуді ұсыну құқығын бекіту керек."),
                    List.of("В статье {a} принимать любые изменения Конституции только на референдуме.",
                            "Закрепить в статье {a} право граждан предложить поправку, собрав {n} тысяч подписей."),
                    List.of("Article {a} should allow any amendment of the Constitution only by referendum.",
                            "Article {a} should let citizens propose an amendment with {n} thousand signatures."))),
            Map.entry("transitional", List.of(
                    List.of("{a}-бапта Құрылтай сайлауының нақты күнін көрсету керек."),
                    List.of("Указать в статье {a} точную дату выборов в Курултай."),
                    List.of("Article {a} should give the exact date of the Kurultai elections."))),
            Map.entry("whole", List.of(
                    List.of("Конституцияның жаңа мәтінін қарапайым тілмен түсіндірме бірге жариялау керек.",
                            "Жаңа Конституцияның мемлекеттік тілдегі мәтіні негізгі мәтін болуы керек."),
                    List.of("Опубликовать новый текст Конституции вместе с пояснениями простым языком.",
                            "Считать основным текст новой Конституции на государственном языке."),
                    List.of("Publish the new text of the Constitution together with a plain-language explanation.",
                            "The text of the new Constitution in the state language should be the authoritative one."))));

    /** Reasons, whatever the topic: index 0 kk, 1 ru, 2 en. */
    static final List<List<String>> REASONS = List.of(
            List.of("Бұл азаматтардың билікке сенімін арттырады.",
                    "Қазіргі мәтін әртүрлі түсіндіруге жол береді.",
                    "Көптеген елдерде осындай норма бар және ол жақсы жұмыс істейді.",
                    "Біздің өңір тұрғындары бұл мәселені жиі көтереді."),
            List.of("Это повысит доверие граждан к государственным органам.",
                    "Нынешняя формулировка допускает разные толкования.",
                    "Такая норма действует во многих странах и хорошо себя показала.",
                    "Жители нашего региона часто поднимают этот вопрос."),
            List.of("It would increase citizens' trust in the institutions.",
                    "The current wording can be read in different ways.",
                    "Many countries have such a rule and it works well.",
                    "People in our region raise this question often."));

    /** Small edits a mass campaign's copies carry: appended to the campaign's text, per language. */
    static final List<List<String>> CAMPAIGN_TAILS = List.of(
            List.of("", " Қолдаймын!", " Өтінемін, ескеріңіздер.", " Бұл өте маңызды."),
            List.of("", " Поддерживаю!", " Прошу учесть.", " Это очень важно."),
            List.of("", " I support this!", " Please take this into account.", " This matters a lot."));

    /** Public reasons of each step: registered, under review, and the answers by outcome; index 0 kk, 1 ru, 2 en. */
    static final List<String> REGISTERED = List.of("Ұсыныс тіркелді.", "Предложение зарегистрировано.", "The proposal has been registered.");
    static final List<String> UNDER_REVIEW = List.of("Ұсыныс жұмыс тобына қарауға жіберілді.",
            "Предложение передано рабочей группе на рассмотрение.", "The proposal has been sent to the working group for review.");
    static final Map<Outcome, List<String>> ANSWER = Map.of(
            Outcome.ACCEPTED, List.of("Ұсыныс ескерілді: жобаның {a}-бабына тиісті өзгеріс енгізілді.",
                    "Предложение учтено: в статью {a} проекта внесено соответствующее изменение.",
                    "The proposal was taken into account: Article {a} of the draft was changed accordingly."),
            Outcome.PARTLY_ACCEPTED, List.of("Ұсыныс ішінара ескерілді: негізгі идеясы {a}-бапта көрініс тапты.",
                    "Предложение учтено частично: его основная мысль отражена в статье {a}.",
                    "The proposal was partly taken into account: its main idea is reflected in Article {a}."),
            Outcome.MERGED, List.of("Мазмұны бірдей ұсыныспен біріктірілді; жауап сол ұсыныста берілді.",
                    "Объединено с предложением того же содержания; ответ дан по нему.",
                    "Merged with a proposal of the same content; the answer is given there."),
            Outcome.REJECTED, List.of("Ұсыныс қабылданбады: ол Конституцияның басқа нормаларына қайшы келеді.",
                    "Предложение не принято: оно противоречит другим нормам Конституции.",
                    "The proposal was not accepted: it contradicts other provisions of the Constitution."),
            Outcome.OUT_OF_SCOPE, List.of("Ұсыныс конституциялық реформаның аясынан тыс: ол заң деңгейінде шешіледі.",
                    "Предложение выходит за рамки конституционной реформы: вопрос решается на уровне закона.",
                    "The proposal is outside the constitutional reform: the matter is settled by ordinary law."));
    static final List<String> HIDDEN = List.of("Мәтінде балағат сөздер бар.", "Текст содержит оскорбительные выражения.",
            "The text contains offensive language.");

    /** Display names some authors chose to show (first name and an initial); most show none. */
    static final List<String> NAMES = List.of("Айгүл С.", "Ерлан К.", "Динара М.", "Нұрлан Ж.", "Ольга П.", "Асель Б.",
            "Тимур А.", "Гүлнар Т.", "Сергей В.", "Мадина Е.", "Arman D.", "Жанна Р.");
}
