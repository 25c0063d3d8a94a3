/** Step-by-step guides for the work between the workshops. */
import type { SeedMaterial } from './materials-types';

export const GUIDES: SeedMaterial[] = [
  {
    slug: 'design-sprint-joint-project',
    kind: 'GUIDE',
    originalLocale: 'en',
    stages: ['MATCH_SPRINT', 'SPRINT_SUCCEED'],
    topics: ['projects', 'partnership', 'facilitation'],
    durationMinutes: 360,
    groupSizeMin: 4,
    groupSizeMax: 12,
    versions: {
      en: {
        title: 'A design sprint for a joint project',
        summary:
          'From a shared idea to a tested first version in one workshop day and a few weeks of follow-up — adapted for teams from two cities.',
        body: `A design sprint compresses months of discussion into a few focused steps. In the Twin City Booster the first sprint starts at Match & Sprint and is reviewed at Sprint & Succeed.

## Before the workshop
- Each team has members from both cities (ideally 2–4 each) and one person who can decide about small resources.
- Bring the results of both initiative workshops: stakeholder maps, ideas, personas.

## Step 1 — Understand (60 min)
Each city side explains in five minutes what the problem looks like in its city. Write "How might we…?" questions on notes, e.g. "How might we get young people from both cities to meet more than once?" Vote on one question.

## Step 2 — Sketch (60 min)
Everyone sketches alone: first notes, then eight quick variations in eight minutes, then one solution on a sheet. No group brainstorming — quiet people often have the best sketches.

## Step 3 — Decide (45 min)
Hang the sketches; everyone places dots on parts they like. The decider chooses, and the team writes a one-page plan: what, for whom, by when, who.

## Step 4 — Prototype (90 min)
Build the smallest version that can be tested: a flyer, a programme for one online meeting, a draft letter to schools, a mock-up of a website page.

## Step 5 — Test (after the workshop, 2–6 weeks)
Show the prototype to five real people from the target group in each city. Note what they understand, what they ask, what they would do.

## Step 6 — Review at Sprint & Succeed
Use *What? So what? Now what?* to decide: continue, change or stop.

## Tips
- Plan sprint meetings as short online calls every two weeks; see the guide to joint video calls.
- Keep the plan on one shared page in two languages.`,
      },
      de: {
        title: 'Ein Design Sprint für ein gemeinsames Projekt',
        summary:
          'Von der gemeinsamen Idee zu einer getesteten ersten Version an einem Workshoptag und in einigen Wochen danach — angepasst für Teams aus zwei Städten.',
        body: `Ein Design Sprint verdichtet monatelange Diskussionen auf wenige konzentrierte Schritte. Im Twin City Booster beginnt der erste Sprint bei Match & Sprint und wird bei Sprint & Succeed ausgewertet.

## Vor dem Workshop
- Jedes Team hat Mitglieder aus beiden Städten (ideal je 2–4) und eine Person, die über kleine Ressourcen entscheiden kann.
- Bringen Sie die Ergebnisse beider Initiativworkshops mit: Akteurslandkarten, Ideen, Personas.

## Schritt 1 — Verstehen (60 Min.)
Jede Stadtseite erklärt in fünf Minuten, wie das Problem bei ihr aussieht. Schreiben Sie „Wie könnten wir …?“-Fragen auf Zettel, z. B. „Wie könnten wir erreichen, dass sich Jugendliche beider Städte mehr als einmal treffen?“ Stimmen Sie über eine Frage ab.

## Schritt 2 — Skizzieren (60 Min.)
Alle skizzieren allein: erst Notizen, dann acht schnelle Varianten in acht Minuten, dann eine Lösung auf einem Blatt. Kein Gruppen-Brainstorming — stille Menschen haben oft die besten Skizzen.

## Schritt 3 — Entscheiden (45 Min.)
Skizzen aufhängen; alle kleben Punkte auf Teile, die ihnen gefallen. Die entscheidende Person wählt, das Team schreibt einen einseitigen Plan: was, für wen, bis wann, wer.

## Schritt 4 — Prototyp (90 Min.)
Bauen Sie die kleinste testbare Version: ein Flyer, ein Programm für ein Online-Treffen, ein Briefentwurf an Schulen, der Entwurf einer Webseite.

## Schritt 5 — Testen (nach dem Workshop, 2–6 Wochen)
Zeigen Sie den Prototyp in jeder Stadt fünf echten Menschen aus der Zielgruppe. Notieren Sie, was sie verstehen, was sie fragen, was sie tun würden.

## Schritt 6 — Auswertung bei Sprint & Succeed
Mit *Was? Na und? Was jetzt?* entscheiden: weitermachen, ändern oder beenden.

## Tipps
- Planen Sie Sprinttreffen als kurze Videocalls alle zwei Wochen; siehe den Leitfaden zu gemeinsamen Videocalls.
- Halten Sie den Plan auf einer gemeinsamen Seite in zwei Sprachen.`,
      },
      uk: {
        title: 'Дизайн-спринт для спільного проєкту',
        summary:
          'Від спільної ідеї до перевіреної першої версії за один день воркшопу й кілька тижнів після — з урахуванням команд із двох міст.',
        body: `Дизайн-спринт стискає місяці обговорень у кілька зосереджених кроків. У Twin City Booster перший спринт починається на Match & Sprint і підсумовується на Sprint & Succeed.

## Перед воркшопом
- У кожній команді є люди з обох міст (краще по 2–4) і хтось, хто може вирішувати щодо невеликих ресурсів.
- Візьміть результати обох ініціативних воркшопів: мапи зацікавлених сторін, ідеї, персони.

## Крок 1 — Зрозуміти (60 хв)
Кожна сторона за п’ять хвилин пояснює, як проблема виглядає в її місті. Запишіть питання «Як ми могли б…?», наприклад: «Як ми могли б домогтися, щоб молодь обох міст зустрічалася більше ніж раз?» Проголосуйте за одне питання.

## Крок 2 — Ескізи (60 хв)
Кожен малює сам: спершу нотатки, потім вісім швидких варіантів за вісім хвилин, потім одне рішення на аркуші. Без групового мозкового штурму — тихі люди часто мають найкращі ескізи.

## Крок 3 — Рішення (45 хв)
Повісьте ескізи; кожен ставить крапки на вдалі частини. Людина, що ухвалює рішення, обирає, команда пише план на одну сторінку: що, для кого, до коли, хто.

## Крок 4 — Прототип (90 хв)
Створіть найменшу версію, яку можна перевірити: листівку, програму однієї онлайн-зустрічі, чернетку листа до шкіл, макет сторінки сайту.

## Крок 5 — Тестування (після воркшопу, 2–6 тижнів)
Покажіть прототип п’ятьом реальним людям із цільової групи в кожному місті. Запишіть, що вони розуміють, про що питають, що зробили б.

## Крок 6 — Підсумок на Sprint & Succeed
За допомогою *Що? То й що? Що тепер?* вирішіть: продовжити, змінити чи зупинити.

## Поради
- Плануйте зустрічі спринту як короткі відеодзвінки раз на два тижні.
- Тримайте план на одній спільній сторінці двома мовами.`,
      },
    },
  },
  {
    slug: 'funding-twinning-projects',
    kind: 'GUIDE',
    originalLocale: 'de',
    stages: ['MATCH_SPRINT', 'SPRINT_SUCCEED'],
    topics: ['funding', 'projects', 'administration'],
    versions: {
      de: {
        title: 'Finanzierung für Städtepartnerschaftsprojekte finden',
        summary:
          'Wie ein Projektteam aus zwei Städten passende Förderquellen findet, einen Antrag vorbereitet und die Eigenmittel klärt.',
        body: `Die Workshops des Twin City Booster werden vom Programm getragen; Reise und Unterkunft der Teilnehmenden und die gemeinsamen Projekte danach brauchen eigene Mittel. Dieser Leitfaden ordnet die Suche.

## 1. Das Projekt in einem Satz
Wer tut was, für wen, wo, bis wann? Ohne diesen Satz passt kein Antrag. Beispiel: „Zwei Jugendzentren organisieren im Sommer eine gemeinsame Projektwoche zum Thema Stadtgrün, je zehn Jugendliche pro Stadt.“

## 2. Quellen nach Art sortieren
- **Kommunale Haushalte** beider Städte: Budgets für internationale Beziehungen, Jugend, Kultur, Sport. Früh fragen — Haushalte werden ein Jahr im Voraus geplant.
- **Stiftungen** mit Schwerpunkten wie Jugendaustausch, Verständigung, Zivilgesellschaft oder Kultur; viele haben kleine Fördertöpfe mit einfachen Anträgen.
- **Programme von Staaten und der EU** für Bürgerbegegnungen, Jugendaustausch und Städtenetzwerke. Die Programme und ihre Regeln ändern sich je Förderperiode: immer die aktuelle Ausschreibung lesen.
- **Unternehmen vor Ort**, besonders solche mit Geschäftsbeziehungen in die Partnerstadt: Sachleistungen, Räume, Transport.
- **Eigenleistung**: Ehrenamtsstunden, private Unterbringung in Gastfamilien, Räume der Vereine. Viele Förderer rechnen sie als Eigenanteil an.

## 3. Vor dem Antrag klären
- Wer ist Antragsteller (eingetragener Verein, Stadtverwaltung, Schule)? Darf er Geld aus dem Ausland annehmen oder ins Ausland weiterleiten?
- Wer führt die Konten und die Belege in welcher Währung?
- Welche Eigenmittel stehen sicher zur Verfügung?

## 4. Antrag schreiben
Ziel, Zielgruppe, Aktivitäten, Zeitplan, Budget, erwartete Wirkung — und die Rolle beider Städte. Lassen Sie eine Person, die das Projekt nicht kennt, den Antrag lesen.

## 5. Nach der Zusage
Berichtspflichten in den gemeinsamen Plan eintragen; Fotos und Teilnehmendenlisten von Anfang an sammeln.

## Tipps
- Fördermittelsuche ist selbst ein gutes Thema für ein Open-Space-Angebot beim Match & Sprint.
- Fragen Sie die Stadtverwaltung nach einer Person, die Förderanträge kennt: Viele Städte haben eine.`,
      },
      en: {
        title: 'Finding funding for twinning projects',
        summary:
          'How a project team from two cities finds suitable funding sources, prepares an application and clarifies its own contribution.',
        body: `The Twin City Booster workshops are paid for by the programme; participants' travel and lodging and the joint projects afterwards need their own money. This guide gives the search some order.

## 1. The project in one sentence
Who does what, for whom, where, by when? Without this sentence no application fits. Example: "Two youth centres organise a joint project week on urban green spaces in the summer, ten young people from each city."

## 2. Sort sources by type
- **Municipal budgets** of both cities: budgets for international relations, youth, culture, sport. Ask early — budgets are planned a year ahead.
- **Foundations** focused on youth exchange, understanding between peoples, civil society or culture; many have small funds with simple applications.
- **National and EU programmes** for citizens' meetings, youth exchange and town networks. Programmes and their rules change with each funding period: always read the current call.
- **Local businesses**, especially those with business links to the partner city: goods and services, rooms, transport.
- **Own contribution**: volunteer hours, hosting in private homes, association rooms. Many funders count these as co-funding.

## 3. Clarify before applying
- Who is the applicant (registered association, city administration, school)? May it receive money from abroad or pass it on abroad?
- Who keeps the accounts and receipts, in which currency?
- Which own funds are certain?

## 4. Write the application
Aim, target group, activities, timetable, budget, expected effect — and the role of both cities. Ask someone who does not know the project to read it.

## 5. After approval
Put the reporting duties into the shared plan; collect photos and participant lists from day one.

## Tips
- Funding is itself a good Open Space topic at Match & Sprint.
- Ask the city administration for someone who knows funding applications: many cities have one.`,
      },
      ru: {
        title: 'Как найти финансирование для проектов городов-побратимов',
        summary:
          'Как проектной команде из двух городов найти подходящие источники финансирования, подготовить заявку и определить собственный вклад.',
        body: `Воркшопы Twin City Booster оплачивает программа; проезд и проживание участников, а также совместные проекты после воркшопов требуют собственных средств. Это руководство помогает упорядочить поиск.

## 1. Проект в одном предложении
Кто что делает, для кого, где, к какому сроку? Без этого предложения не подойдёт ни одна заявка. Пример: «Два молодёжных центра летом проводят совместную проектную неделю о городском озеленении, по десять подростков из каждого города».

## 2. Разделите источники по типам
- **Бюджеты обоих городов**: средства на международные связи, молодёжь, культуру, спорт. Спрашивайте заранее — бюджеты планируются за год.
- **Фонды** с приоритетами вроде молодёжного обмена, взаимопонимания, гражданского общества или культуры; у многих есть небольшие гранты с простыми заявками.
- **Государственные программы и программы ЕС** для встреч граждан, молодёжных обменов и сетей городов. Программы и правила меняются с каждым периодом: всегда читайте актуальный конкурс.
- **Местный бизнес**, особенно компании с деловыми связями в городе-партнёре: товары и услуги, помещения, транспорт.
- **Собственный вклад**: часы волонтёров, размещение в семьях, помещения организаций. Многие доноры засчитывают это как софинансирование.

## 3. Что выяснить до заявки
- Кто заявитель (зарегистрированная организация, администрация, школа)? Может ли он получать деньги из-за рубежа или переводить их за рубеж?
- Кто ведёт счета и хранит документы, в какой валюте?
- Какие собственные средства точно есть?

## 4. Напишите заявку
Цель, целевая группа, мероприятия, график, бюджет, ожидаемый результат — и роль обоих городов. Дайте прочитать заявку человеку, который не знает проекта.

## 5. После одобрения
Внесите обязательства по отчётности в общий план; собирайте фотографии и списки участников с первого дня.

## Советы
- Поиск финансирования — хорошая тема для сессии «Открытого пространства» на Match & Sprint.
- Спросите в администрации, кто разбирается в грантовых заявках: во многих городах такой человек есть.`,
      },
    },
  },
  {
    slug: 'joint-video-call',
    kind: 'GUIDE',
    originalLocale: 'ru',
    stages: ['MATCH_SPRINT', 'SPRINT_SUCCEED'],
    topics: ['online', 'communication', 'facilitation'],
    durationMinutes: 60,
    groupSizeMin: 4,
    groupSizeMax: 40,
    versions: {
      ru: {
        title: 'Совместный видеозвонок двух городов',
        summary:
          'Как подготовить и провести онлайн-встречу команд двух городов, чтобы она была короткой, понятной на двух языках и заканчивалась решениями.',
        body: `Между воркшопами команды встречаются онлайн. Хороший звонок — это не «созвонимся и поговорим», а короткая встреча с планом.

## Подготовка (за неделю)
- **Время.** Учитывайте часовые пояса и рабочее время обоих городов; вечер одного города может быть ночью другого.
- **Платформа.** Выберите ту, которая доступна в обеих странах и не требует сложной регистрации. Проверьте, работает ли она на телефоне.
- **Язык.** Решите заранее: общий язык, последовательный перевод или два канала с синхронным переводом.
- **Повестка.** Не больше трёх пунктов, с временем и ответственными; разошлите её на двух языках.

## Ход звонка (60 минут)
1. **Техника и check-in (10 мин).** Все проверяют звук; каждый говорит одно предложение.
2. **Что сделано (15 мин).** Каждая сторона коротко рассказывает, что изменилось с прошлого раза.
3. **Главный вопрос (25 мин).** Одно решение, ради которого собрались. Используйте сессионные залы, если участников больше восьми.
4. **Договорённости (10 мин).** Кто что делает к какому сроку — записать прямо на общем экране.

## После звонка
Протокол на двух языках в тот же день. Ссылка на запись — только если все согласились на запись.

## Советы
- Камеру можно выключить при плохой связи, но первые минуты лучше с камерой.
- Назначьте одного ведущего и одного человека, следящего за чатом.
- Если связь в одном из городов нестабильна, договоритесь о запасном канале (телефон, мессенджер).`,
      },
      en: {
        title: 'Running a joint video call between two cities',
        summary:
          "How to prepare and host an online meeting of the two cities' teams that is short, clear in two languages and ends with decisions.",
        body: `Between the workshops, teams meet online. A good call is not "let's talk", but a short meeting with a plan.

## Preparation (a week before)
- **Time.** Mind the time zones and working hours of both cities; one city's evening may be late at night in the other.
- **Platform.** Choose one that is available in both countries and does not need complicated registration. Check that it works on a phone.
- **Language.** Decide beforehand: a shared language, consecutive interpretation, or two channels with simultaneous interpretation.
- **Agenda.** At most three items, with times and owners; send it in both languages.

## The call (60 minutes)
1. **Tech and check-in (10 min).** Everyone checks their sound; everyone says one sentence.
2. **What has been done (15 min).** Each side briefly reports what has changed since last time.
3. **The main question (25 min).** One decision the call is for. Use breakout rooms if there are more than eight people.
4. **Agreements (10 min).** Who does what by when — written directly on the shared screen.

## After the call
Minutes in both languages on the same day. Share a recording only if everyone agreed to being recorded.

## Tips
- Cameras may go off on a poor connection, but the first minutes work better with cameras on.
- Appoint one facilitator and one person who watches the chat.
- If the connection in one city is unstable, agree on a fallback channel (phone, messenger).`,
      },
      uk: {
        title: 'Спільний відеодзвінок двох міст',
        summary:
          'Як підготувати й провести онлайн-зустріч команд двох міст, щоб вона була короткою, зрозумілою двома мовами й закінчувалася рішеннями.',
        body: `Між воркшопами команди зустрічаються онлайн. Добрий дзвінок — це не «зідзвонимося й поговоримо», а коротка зустріч із планом.

## Підготовка (за тиждень)
- **Час.** Зважайте на часові пояси й робочий час обох міст.
- **Платформа.** Оберіть таку, що доступна в обох країнах і не вимагає складної реєстрації. Перевірте, чи працює вона на телефоні.
- **Мова.** Вирішіть заздалегідь: спільна мова, послідовний переклад чи два канали із синхронним перекладом.
- **Порядок денний.** Не більше трьох пунктів, із часом і відповідальними; надішліть його двома мовами.

## Перебіг дзвінка (60 хвилин)
1. **Техніка й check-in (10 хв).** Усі перевіряють звук; кожен каже одне речення.
2. **Що зроблено (15 хв).** Кожна сторона коротко розповідає, що змінилося з минулого разу.
3. **Головне питання (25 хв).** Одне рішення, заради якого зібралися. Використовуйте окремі кімнати, якщо учасників більше восьми.
4. **Домовленості (10 хв).** Хто що робить і до коли — записати просто на спільному екрані.

## Після дзвінка
Протокол двома мовами того ж дня. Запис — лише якщо всі погодилися на запис.

## Поради
- Камеру можна вимкнути за поганого зв’язку, але перші хвилини краще з камерою.
- Призначте одного ведучого й одну людину, що стежить за чатом.
- Якщо зв’язок в одному з міст нестабільний, домовтеся про запасний канал (телефон, месенджер).`,
      },
    },
  },
  {
    slug: 'working-with-interpreters',
    kind: 'GUIDE',
    originalLocale: 'en',
    stages: ['INITIATIVE_A', 'INITIATIVE_B', 'MATCH_SPRINT', 'SPRINT_SUCCEED'],
    topics: ['communication', 'facilitation'],
    versions: {
      en: {
        title: 'Working with interpreters in workshops',
        summary:
          'Practical rules for workshops in two or three languages: which interpretation mode fits which method, and how to brief interpreters.',
        body: `Booster workshops run in English, Russian and German; partner groups may prefer Ukrainian or Belarusian in small groups. Interpretation is part of the design, not an add-on.

## Choose the mode per session
- **Plenary input:** consecutive interpretation in short chunks, or simultaneous with headsets for long sessions.
- **Small groups:** group participants so that each table shares a language, or place a bilingual participant as "bridge" at each mixed table.
- **Silent methods** (writing notes, dot voting, sketching) need no interpretation at all — use them generously.

## Brief the interpreters
- Send the programme, method descriptions and a glossary a week ahead: *twin city, stakeholder map, sprint, check-in*.
- Explain the methods: interpreters cannot translate "1-2-4-All" if they do not know what happens.
- Plan their breaks; simultaneous interpreters work in pairs and switch every 20–30 minutes.

## During the workshop
- Speak in short sentences and pause.
- Write key instructions on a flip chart in both languages.
- Ask: "Has everyone understood the task?" in both languages before starting a round.

## Tips
- Budget extra time: about 1.5 times for consecutive interpretation.
- Thank interpreters by name at the end — they held the room together.`,
      },
      de: {
        title: 'Mit Dolmetschenden in Workshops arbeiten',
        summary:
          'Praktische Regeln für Workshops in zwei oder drei Sprachen: welche Dolmetschform zu welcher Methode passt und wie man Dolmetschende vorbereitet.',
        body: `Booster-Workshops laufen auf Englisch, Russisch und Deutsch; in kleinen Gruppen sprechen Partnergruppen vielleicht lieber Ukrainisch oder Belarussisch. Dolmetschen gehört zum Design, nicht ans Ende der Planung.

## Form je Phase wählen
- **Input im Plenum:** Konsekutivdolmetschen in kurzen Abschnitten oder simultan mit Kopfhörern bei langen Phasen.
- **Kleingruppen:** Tische nach gemeinsamer Sprache bilden oder an jeden gemischten Tisch eine zweisprachige Person als „Brücke“ setzen.
- **Stille Methoden** (Zettel schreiben, Punkte kleben, skizzieren) brauchen kein Dolmetschen — nutzen Sie sie großzügig.

## Dolmetschende vorbereiten
- Programm, Methodenbeschreibungen und ein Glossar eine Woche vorher schicken: *Partnerstadt, Akteurslandkarte, Sprint, Check-in*.
- Methoden erklären: „1-2-4-Alle“ lässt sich nicht dolmetschen, wenn man nicht weiß, was passiert.
- Pausen einplanen; Simultandolmetschende arbeiten zu zweit und wechseln alle 20–30 Minuten.

## Im Workshop
- In kurzen Sätzen sprechen und Pausen machen.
- Wichtige Arbeitsaufträge zweisprachig auf ein Flipchart schreiben.
- Vor jeder Runde in beiden Sprachen fragen: „Ist die Aufgabe allen klar?“

## Tipps
- Mehr Zeit einplanen: bei Konsekutivdolmetschen etwa das Anderthalbfache.
- Den Dolmetschenden am Ende namentlich danken — sie haben den Raum zusammengehalten.`,
      },
      ru: {
        title: 'Работа с переводчиками на воркшопах',
        summary:
          'Практические правила для воркшопов на двух-трёх языках: какой вид перевода подходит к какому методу и как подготовить переводчиков.',
        body: `Воркшопы Booster идут на английском, русском и немецком; в малых группах партнёры могут предпочитать украинский или белорусский. Перевод — часть дизайна, а не дополнение.

## Выбирайте вид перевода для каждой части
- **Выступления в пленуме:** последовательный перевод короткими фрагментами или синхронный с наушниками для длинных блоков.
- **Малые группы:** собирайте столы по общему языку или сажайте за каждый смешанный стол двуязычного участника-«мост».
- **Молчаливые методы** (записи на стикерах, голосование точками, эскизы) не требуют перевода — используйте их щедро.

## Подготовьте переводчиков
- За неделю отправьте программу, описания методов и глоссарий: *город-побратим, карта заинтересованных сторон, спринт, check-in*.
- Объясните методы: нельзя перевести «1-2-4-Все», не понимая, что происходит.
- Запланируйте перерывы; синхронисты работают парами и меняются каждые 20–30 минут.

## Во время воркшопа
- Говорите короткими фразами и делайте паузы.
- Ключевые задания пишите на флипчарте на двух языках.
- Перед каждым раундом спрашивайте на обоих языках: «Всем понятна задача?»

## Советы
- Закладывайте больше времени: при последовательном переводе примерно в полтора раза.
- В конце поблагодарите переводчиков по имени — они удерживали зал вместе.`,
      },
    },
  },
  {
    slug: 'hosting-an-initiative-workshop',
    kind: 'GUIDE',
    originalLocale: 'uk',
    stages: ['INITIATIVE_A', 'INITIATIVE_B'],
    topics: ['administration', 'participation', 'partnership'],
    versions: {
      uk: {
        title: 'Як прийняти ініціативний воркшоп у своєму місті',
        summary:
          'Покроковий перелік для міста-господаря: приміщення, запрошення, учасники, житло для ведучих і день воркшопу.',
        body: `Воркшоп оплачує програма, а місто-господар надає відповідні приміщення й, за можливості, житло для чотирьох координаторів і ведучих. Цей перелік допомагає нічого не забути.

## За 8–6 тижнів
- Погодьте дату з координаторами й місцевою групою.
- Забронюйте приміщення: зала для 20–40 осіб із рухомими стільцями, стіни для плакатів, денне світло, доступ для людей з інвалідністю, окремий куточок для кави.
- Якщо місто може, підготуйте житло для чотирьох ведучих.

## За 6–3 тижні
- Складіть список запрошених за мапою зацікавлених сторін: не лише «звичні обличчя».
- Надішліть запрошення (див. шаблон запрошення) і попросіть підтвердити участь.
- Домовтеся з міською радою, хто виступить із коротким привітанням — не довше п’яти хвилин.

## За тиждень
- Надішліть учасникам адресу, час, програму й контакт для запитань.
- Перевірте техніку: проєктор, подовжувачі, Wi-Fi, звук.
- Купіть або позичте матеріали: фліпчарти, стікери, маркери, скотч.

## У день воркшопу
- Прийдіть на годину раніше; розставте стільці колом або за столами відповідно до програми.
- Зустрічайте людей на вході, дайте бейджі з іменами.
- Фотографуйте результати на стінах — це матеріал для наступних етапів.

## Після
- Подякуйте учасникам і надішліть фото результатів.
- Позначте в платформі, що приміщення й житло були забезпечені.`,
      },
      en: {
        title: 'Hosting an initiative workshop in your city',
        summary:
          'A step-by-step checklist for the host city: rooms, invitations, participants, lodging for the facilitators and the workshop day.',
        body: `The programme pays for the workshop; the host city provides suitable rooms and, where it can, lodging for the four coordinators and facilitators. This checklist helps you forget nothing.

## 8–6 weeks before
- Agree the date with the coordinators and the local group.
- Book the room: space for 20–40 people with movable chairs, walls for posters, daylight, step-free access, a separate corner for coffee.
- If the city can, arrange lodging for the four facilitators.

## 6–3 weeks before
- Draw up the guest list from the stakeholder map: not only the "usual faces".
- Send invitations (see the invitation template) and ask people to confirm.
- Agree with the city administration who gives a short welcome — five minutes at most.

## One week before
- Send participants the address, time, programme and a contact for questions.
- Check the technology: projector, extension leads, Wi-Fi, sound.
- Buy or borrow materials: flip charts, sticky notes, markers, tape.

## On the day
- Arrive an hour early; set the chairs in a circle or at tables as the programme needs.
- Welcome people at the door with name badges.
- Photograph the results on the walls — they feed the next stages.

## Afterwards
- Thank participants and send them photos of the results.
- Mark on the platform that rooms and lodging were provided.`,
      },
    },
  },
  {
    slug: 'involving-city-administration',
    kind: 'GUIDE',
    originalLocale: 'de',
    stages: ['INITIATIVE_A', 'INITIATIVE_B', 'SPRINT_SUCCEED'],
    topics: ['administration', 'partnership'],
    versions: {
      de: {
        title: 'Die Stadtverwaltung gewinnen und halten',
        summary:
          'Wie Vereine und Initiativen die Verwaltung für gemeinsame Projekte gewinnen — ohne dass die Partnerschaft von einer einzigen Person im Rathaus abhängt.',
        body: `Viele Partnerschaften werden von Vereinen getragen, brauchen aber die Verwaltung: für Räume, Empfänge, Schulen, Genehmigungen und manchmal Geld. Gleichzeitig wechseln Zuständigkeiten nach Wahlen.

## 1. Zuständigkeit verstehen
Finden Sie heraus, wo Städtepartnerschaften in Ihrer Verwaltung angesiedelt sind (Büro des Bürgermeisters, Amt für internationale Beziehungen, Kulturamt) und wer dort tatsächlich arbeitet.

## 2. Ein konkretes Anliegen mitbringen
„Unterstützen Sie die Partnerschaft“ ist zu vage. Besser: „Wir brauchen am 12. Mai den Ratssaal für ein Treffen mit 30 Gästen aus der Partnerstadt.“

## 3. Mehrere Türen öffnen
Sprechen Sie neben dem zuständigen Büro auch Fachämter an, die vom Projekt profitieren: Jugend, Umwelt, Wirtschaftsförderung. Eine Partnerschaft mit drei Ansprechpersonen übersteht einen Personalwechsel.

## 4. Ergebnisse sichtbar machen
Kurze Berichte mit Fotos und Zahlen an die Verwaltung und den Rat: Wie viele Menschen haben teilgenommen, was ist entstanden?

## 5. Vereinbarungen schriftlich festhalten
Eine einfache Kooperationsvereinbarung (siehe Vorlage) klärt Rollen und Ansprechpersonen.

## Tipps
- Laden Sie Verwaltungsmitarbeitende zu den Workshops ein — nicht nur zur Begrüßung.
- Bedanken Sie sich öffentlich für Unterstützung; das hilft der Verwaltung, sie zu begründen.`,
      },
      en: {
        title: 'Winning and keeping the city administration',
        summary:
          "How associations and initiatives win the administration's support for joint projects — without the partnership depending on one person in the town hall.",
        body: `Many partnerships are carried by associations but need the administration: for rooms, receptions, schools, permissions and sometimes money. At the same time, responsibilities change after elections.

## 1. Understand who is responsible
Find out where twinning sits in your administration (mayor's office, international relations, culture department) and who actually works there.

## 2. Bring a concrete request
"Please support the partnership" is too vague. Better: "On 12 May we need the council chamber for a meeting with 30 guests from the partner city."

## 3. Open several doors
Besides the responsible office, approach departments that gain from the project: youth, environment, economic development. A partnership with three contact people survives a change of staff.

## 4. Make results visible
Short reports with photos and numbers to the administration and the council: how many people took part, what came of it?

## 5. Put agreements in writing
A simple cooperation agreement (see the template) clarifies roles and contacts.

## Tips
- Invite administration staff to the workshops — not only for the welcome.
- Thank them publicly for their support; it helps the administration to justify it.`,
      },
    },
  },
  {
    slug: 'hybrid-workshop-setup',
    kind: 'GUIDE',
    originalLocale: 'en',
    stages: ['MATCH_SPRINT', 'SPRINT_SUCCEED'],
    topics: ['online', 'facilitation'],
    groupSizeMin: 6,
    groupSizeMax: 50,
    versions: {
      en: {
        title: 'Setting up a hybrid joint workshop',
        summary:
          'When one city meets in a room and the other joins online: roles, technology and methods that keep both groups equal.',
        body: `The joint workshops can take place in either city or online/hybrid when travel is impossible. Hybrid is the hardest format: the room easily forgets the screen.

## Roles
- **Facilitator in the room** and **facilitator online**, who agree on signals beforehand.
- **Room producer:** camera, microphones, sharing the whiteboard.
- **Online advocate:** speaks for the online participants whenever they are overlooked.

## Technology
- A wide-angle camera showing the room, plus a laptop camera for close-ups.
- A conference microphone or several table microphones; test with someone online in advance.
- A large screen with the online participants visible at eye level, not behind the speakers.
- One shared digital whiteboard used by both groups, even the people in the room (on laptops or via the producer).

## Methods
- Prefer methods that work in parallel groups: each group either fully online or fully in the room, then share in plenary.
- Mix later: online breakout rooms with one or two people from the room joining on their laptops with headphones.
- Shorter blocks: 45 minutes, then a break for both sides.

## Tips
- Start with the online group: greet them first, ask them first.
- Plan for a connection failure: a phone number to dial in and a plan B for each session.`,
      },
      ru: {
        title: 'Как организовать гибридный совместный воркшоп',
        summary:
          'Когда один город собирается в зале, а другой подключается онлайн: роли, техника и методы, при которых обе группы на равных.',
        body: `Совместные воркшопы могут проходить в любом из городов или онлайн/гибридно, если поездки невозможны. Гибридный формат — самый сложный: зал легко забывает об экране.

## Роли
- **Ведущий в зале** и **ведущий онлайн**, заранее договорившиеся о сигналах.
- **Технический продюсер в зале:** камера, микрофоны, общая доска.
- **Адвокат онлайн-участников:** берёт слово за них, когда их не замечают.

## Техника
- Широкоугольная камера на весь зал и камера ноутбука для крупного плана.
- Конференц-микрофон или несколько настольных микрофонов; заранее проверьте с кем-то онлайн.
- Большой экран, где онлайн-участники видны на уровне глаз, а не за спиной выступающих.
- Одна общая цифровая доска для обеих групп, включая тех, кто в зале.

## Методы
- Предпочитайте работу в параллельных группах: каждая группа целиком онлайн или целиком в зале, потом обмен в пленуме.
- Смешивайте позже: онлайн-комнаты, в которые один-два человека из зала заходят с ноутбука в наушниках.
- Короче блоки: 45 минут, потом перерыв для обеих сторон.

## Советы
- Начинайте с онлайн-группы: приветствуйте её первой, спрашивайте первой.
- Предусмотрите обрыв связи: номер для дозвона и план Б для каждой части.`,
      },
    },
  },
  {
    slug: 'communicating-partnership-results',
    kind: 'GUIDE',
    originalLocale: 'uk',
    stages: ['SPRINT_SUCCEED'],
    topics: ['communication', 'partnership'],
    versions: {
      uk: {
        title: 'Як розповідати про результати партнерства',
        summary:
          'Прості кроки, щоб мешканці обох міст дізналися, що робить партнерство: історії замість звітів, спільні публікації та повага до приватності.',
        body: `Партнерство, про яке ніхто не знає, важко підтримувати. Розповідати — частина роботи, а не прикраса.

## 1. Історія замість звіту
Одна людина, одна зміна: «Учениця з нашого міста вперше побувала за кордоном і тепер організовує шкільний клуб». Цифри — доповнення до історії.

## 2. Спільні публікації
Домовтеся з партнером публікувати одночасно, кожен своєю мовою, з тими самими фото й посиланнями один на одного.

## 3. Канали міста
Пресслужба, сайт міської ради, місцеві газети, сторінки шкіл і бібліотек — запропонуйте їм готовий текст на 800–1200 знаків і 2–3 фото.

## 4. Фото й приватність
Питайте згоди на фото, особливо для дітей (письмова згода батьків). Не публікуйте списки учасників і контакти.

## 5. Календар
Плануйте 3–4 публікації на рік: після кожного воркшопу і після спільної події.

## Поради
- Тримайте спільну папку з найкращими фото й підписами двома мовами.
- Цитата учасника сильніша за цитату посадовця.`,
      },
      en: {
        title: "Communicating the partnership's results",
        summary:
          'Simple steps so that residents of both cities learn what the partnership does: stories instead of reports, joint posts and respect for privacy.',
        body: `A partnership nobody knows about is hard to support. Telling people about it is part of the work, not decoration.

## 1. A story, not a report
One person, one change: "A pupil from our city travelled abroad for the first time and now runs a school club." Numbers support the story.

## 2. Joint posts
Agree with your partner to publish at the same time, each in their own language, with the same photos and links to each other.

## 3. The city's channels
The press office, the city website, local newspapers, school and library pages — offer them a ready text of 800–1,200 characters and 2–3 photos.

## 4. Photos and privacy
Ask for consent to photos, especially for children (written consent from parents). Do not publish participant lists or contact details.

## 5. A calendar
Plan 3–4 posts a year: after each workshop and after a joint event.

## Tips
- Keep a shared folder with the best photos and captions in both languages.
- A participant's quote is stronger than an official's.`,
      },
    },
  },
  {
    slug: 'reaching-new-people',
    kind: 'GUIDE',
    originalLocale: 'en',
    stages: ['INITIATIVE_A', 'INITIATIVE_B'],
    topics: ['participation', 'youth', 'partnership'],
    versions: {
      en: {
        title: 'Reaching beyond the usual faces',
        summary:
          'How to invite people who have never been part of the twinning — young people, newcomers, businesses — to the initiative workshop.',
        body: `Many partnerships are carried by a small, ageing circle. The initiative workshop is the moment to widen it.

## Go where people already are
Do not wait for people to come to the partnership's events. Visit a school class, a sports club training, a neighbourhood festival, a coworking space, and ask one question: "If our city could do one thing with a city abroad, what should it be?"

## Invite personally
A personal message from someone they know works far better than a poster. Ask every member of the local group to bring one person who has never taken part.

## Lower the threshold
- Hold the workshop at a time that suits working people and students (a Saturday or an evening).
- Say clearly that no language skills are needed and that interpretation is provided.
- Offer childcare or a children's corner if you can.

## Give a role
New people stay when they have a task: photographer, note-taker, table host, social media.

## Tips
- Track who came for the first time; it is a good measure of the workshop's success.
- Follow up within a week with a personal thank-you and the next date.`,
      },
      de: {
        title: 'Über die üblichen Gesichter hinaus',
        summary:
          'Wie Sie Menschen, die nie Teil der Partnerschaft waren — Jugendliche, Zugezogene, Unternehmen —, zum Initiativworkshop einladen.',
        body: `Viele Partnerschaften werden von einem kleinen, älter werdenden Kreis getragen. Der Initiativworkshop ist der Moment, ihn zu erweitern.

## Dorthin gehen, wo Menschen schon sind
Warten Sie nicht, bis Menschen zu Partnerschaftsveranstaltungen kommen. Besuchen Sie eine Schulklasse, ein Vereinstraining, ein Stadtteilfest, einen Coworking-Space und stellen Sie eine Frage: „Wenn unsere Stadt eine Sache mit einer Stadt im Ausland machen könnte — welche sollte es sein?“

## Persönlich einladen
Eine persönliche Nachricht von jemandem, den man kennt, wirkt viel besser als ein Plakat. Bitten Sie jedes Mitglied der lokalen Gruppe, eine Person mitzubringen, die noch nie dabei war.

## Schwellen senken
- Den Workshop zu einer Zeit anbieten, die Berufstätigen und Studierenden passt (Samstag oder Abend).
- Klar sagen, dass keine Sprachkenntnisse nötig sind und gedolmetscht wird.
- Wenn möglich Kinderbetreuung oder eine Kinderecke anbieten.

## Eine Rolle geben
Neue bleiben, wenn sie eine Aufgabe haben: Fotografie, Protokoll, Tischgastgeber, soziale Medien.

## Tipps
- Zählen Sie, wer zum ersten Mal da war — ein gutes Maß für den Erfolg des Workshops.
- Melden Sie sich innerhalb einer Woche mit einem persönlichen Dank und dem nächsten Termin.`,
      },
    },
  },
];
