/** Event formats, best-practice stories (illustrative unless publicly documented) and templates. */
import type { SeedMaterial } from './materials-types';

const ILLUSTRATIVE_EN =
  '> **Illustrative example.** The cities and people in this story are invented to show how the method can work; it does not describe a real partnership.';
const ILLUSTRATIVE_DE =
  '> **Illustratives Beispiel.** Städte und Personen dieser Geschichte sind erfunden, um zu zeigen, wie die Methode wirken kann; sie beschreibt keine reale Partnerschaft.';
const ILLUSTRATIVE_RU =
  '> **Иллюстративный пример.** Города и люди в этой истории вымышлены, чтобы показать, как может работать метод; это не описание реального партнёрства.';
const ILLUSTRATIVE_UK =
  '> **Ілюстративний приклад.** Міста й люди в цій історії вигадані, щоб показати, як може працювати метод; це не опис реального партнерства.';

export const FORMATS_STORIES_TEMPLATES: SeedMaterial[] = [
  {
    slug: 'twin-city-day',
    kind: 'EVENT_FORMAT',
    originalLocale: 'de',
    stages: ['SPRINT_SUCCEED'],
    topics: ['culture', 'communication', 'participation'],
    durationMinutes: 300,
    groupSizeMin: 30,
    groupSizeMax: 1000,
    versions: {
      de: {
        title: 'Partnerstadt-Tag auf dem Marktplatz',
        summary:
          'Ein öffentlicher Nachmittag, an dem die Partnerschaft sich der ganzen Stadt zeigt — mit Ständen, Musik, Essen und einer Live-Schaltung in die Partnerstadt.',
        body: `## Wozu
Viele Menschen wissen nicht, dass ihre Stadt eine Partnerstadt hat. Ein Partnerstadt-Tag macht sie sichtbar und lädt zum Mitmachen ein.

## Ablauf (ca. 5 Stunden)
1. **Aufbau (vormittags).** Stände von Vereinen, Schulen und Projekten aus dem Sprint; eine kleine Bühne.
2. **Eröffnung (15 Min.).** Kurze Grußworte aus beiden Städten, gern per Video.
3. **Mitmachstände (3 Std.).** Sprachecke („Fünf Wörter in der Partnersprache“), Fotowand mit Bildern aus der Partnerstadt, Karte „Wo waren Sie schon?“, Postkarten an die Partnerstadt schreiben.
4. **Live-Schaltung (30 Min.).** Videoverbindung zu einer Gruppe in der Partnerstadt: gemeinsames Lied, Quiz, Grüße.
5. **Abschluss (15 Min.).** Einladung zum nächsten Treffen der lokalen Gruppe; Liste für Interessierte.

## Was man braucht
Genehmigung für den Platz, Stromanschluss, Bildschirm oder Leinwand, stabile Internetverbindung, Helferinnen und Helfer für die Stände.

## Tipps
- Legen Sie den Tag auf ein bestehendes Stadtfest — das spart Aufwand und bringt Publikum.
- Sammeln Sie Kontakte nur mit Einwilligung.`,
      },
      en: {
        title: 'Twin city day on the market square',
        summary:
          'A public afternoon where the partnership shows itself to the whole city — with stands, music, food and a live link to the partner city.',
        body: `## Why
Many residents do not know their city has a twin. A twin city day makes the partnership visible and invites people to join.

## Flow (about 5 hours)
1. **Set-up (morning).** Stands by associations, schools and the sprint's projects; a small stage.
2. **Opening (15 min).** Short greetings from both cities, by video if needed.
3. **Hands-on stands (3 h).** Language corner ("five words in the partner's language"), photo wall with pictures from the partner city, a map "Where have you been?", postcards to write to the partner city.
4. **Live link (30 min).** A video connection to a group in the partner city: a song together, a quiz, greetings.
5. **Closing (15 min).** Invitation to the local group's next meeting; a sign-up list.

## What you need
A permit for the square, power, a screen, a stable internet connection, volunteers for the stands.

## Tips
- Attach the day to an existing city festival — less work, more visitors.
- Collect contact details only with consent.`,
      },
    },
  },
  {
    slug: 'online-youth-exchange-kickoff',
    kind: 'EVENT_FORMAT',
    originalLocale: 'uk',
    stages: ['MATCH_SPRINT', 'SPRINT_SUCCEED'],
    topics: ['youth', 'online', 'projects'],
    durationMinutes: 90,
    groupSizeMin: 10,
    groupSizeMax: 40,
    versions: {
      uk: {
        title: 'Онлайн-старт молодіжного обміну',
        summary:
          'Дев’яностохвилинна онлайн-зустріч, на якій підлітки двох міст знайомляться й обирають спільну тему ще до першої поїздки.',
        body: `## Навіщо
Поїздки дорогі й рідкісні. Онлайн-старт дає молоді познайомитися заздалегідь, тож перша зустріч наживо починається не з ніяковості, а з роботи.

## Програма (90 хв)
1. **Вітання (10 хв).** Ведучі з обох міст; правила зустрічі; хто говорить якою мовою.
2. **Гра-знайомство (20 хв).** «Покажи предмет»: кожен за 30 секунд показує в камеру річ, що розповідає про його місто.
3. **Змішані кімнати (30 хв).** Групи по 4–6 з обох міст: «Що в нашому місті добре для молоді, а чого бракує?»
4. **Вибір теми (20 хв).** Групи пропонують теми; голосування в онлайн-опитуванні.
5. **Наступні кроки (10 хв).** Дата наступної зустрічі, спільний чат під наглядом дорослих.

## Що потрібно
Платформа, доступна в обох країнах; по одному дорослому ведучому на кімнату; згода батьків для неповнолітніх.

## Поради
- Використовуйте прості мови й автоматичний переклад у чаті як допомогу, а не заміну.
- Закінчуйте вчасно — підлітки цінують це більше за все.`,
      },
      en: {
        title: 'Online kick-off for a youth exchange',
        summary:
          'A ninety-minute online meeting where teenagers from two cities get to know each other and choose a shared topic before the first trip.',
        body: `## Why
Trips are expensive and rare. An online kick-off lets young people meet in advance, so the first meeting in person starts with work instead of awkwardness.

## Programme (90 min)
1. **Welcome (10 min).** Facilitators from both cities; meeting rules; who speaks which language.
2. **Get-to-know game (20 min).** "Show an object": everyone has 30 seconds to show something on camera that tells about their city.
3. **Mixed rooms (30 min).** Groups of 4–6 from both cities: "What is good for young people in our city, and what is missing?"
4. **Choose a topic (20 min).** Groups propose topics; vote in an online poll.
5. **Next steps (10 min).** Date of the next meeting; a shared chat supervised by adults.

## What you need
A platform available in both countries; one adult facilitator per room; parental consent for minors.

## Tips
- Use plain language, and automatic translation in the chat as a help, not a replacement.
- Finish on time — teenagers value that above all.`,
      },
    },
  },
  {
    slug: 'citizen-delegation-visit',
    kind: 'EVENT_FORMAT',
    originalLocale: 'ru',
    stages: ['SPRINT_SUCCEED'],
    topics: ['partnership', 'participation', 'culture'],
    durationMinutes: 2880,
    groupSizeMin: 8,
    groupSizeMax: 30,
    versions: {
      ru: {
        title: 'Визит гражданской делегации с рабочей программой',
        summary:
          'Поездка в город-партнёр, где вместо официальных приёмов — встречи по темам совместных проектов и проживание в семьях.',
        body: `## Зачем
Классический визит делегации — это приёмы, экскурсии и фотографии. Рабочий визит строится вокруг проектов из спринта: люди встречаются с коллегами, а не только с официальными лицами.

## Программа (2 дня)
**День 1**
- Утро: короткий приём в администрации (30 минут) и знакомство с принимающей группой.
- День: рабочие встречи по проектам в малых группах — в школе, молодёжном центре, библиотеке, на предприятии.
- Вечер: ужин в семьях или общий ужин, который готовят обе стороны.

**День 2**
- Утро: прогулка по районам, связанным с проектами, которую ведут местные жители.
- День: совместная сессия «Что теперь?» — договорённости на следующие полгода.
- Вечер: отъезд.

## Что важно
- Состав делегации: не только руководство, но и участники проектов, молодёжь.
- Визы и страховки оформлять заранее; расходы участников программа не покрывает — ищите софинансирование.

## Советы
- Заранее разошлите программу на двух языках.
- Проживание в семьях даёт больше всего, но не всем подходит: предложите альтернативу.`,
      },
      en: {
        title: 'Citizen delegation visit with a working programme',
        summary:
          'A trip to the partner city where, instead of official receptions, people meet around the joint projects and stay with host families.',
        body: `## Why
A classic delegation visit consists of receptions, sightseeing and photos. A working visit is built around the projects from the sprint: people meet their peers, not only officials.

## Programme (2 days)
**Day 1**
- Morning: a short reception at the administration (30 minutes) and meeting the host group.
- Afternoon: project working meetings in small groups — at a school, a youth centre, a library, a company.
- Evening: dinner with host families or a shared dinner cooked by both sides.

**Day 2**
- Morning: a walk through neighbourhoods connected to the projects, led by residents.
- Afternoon: a joint "Now what?" session — agreements for the next six months.
- Evening: departure.

## What matters
- The delegation: not only leaders, but project participants and young people.
- Arrange visas and insurance early; the programme does not cover participants' costs — look for co-funding.

## Tips
- Send the programme in both languages in advance.
- Host families give the most, but do not suit everyone: offer an alternative.`,
      },
    },
  },
  {
    slug: 'story-school-partnership-revived',
    kind: 'BEST_PRACTICE',
    originalLocale: 'en',
    stages: ['MATCH_SPRINT', 'SPRINT_SUCCEED'],
    topics: ['youth', 'partnership', 'projects'],
    versions: {
      en: {
        title: 'How a school project woke up a sleeping partnership',
        summary:
          'Two towns had been twinned for decades but met only at anniversaries. A joint school project on local history brought new people in.',
        body: `${ILLUSTRATIVE_EN}

## The starting point
"Lindenfeld" and "Zarichne" signed their partnership charter long ago. By the time of the Booster, the only activity left was a delegation visit every five years. The twinning association had eight members, the youngest over sixty.

## What they did
- At their initiative workshops, both local groups drew stakeholder maps. Both maps had the same empty corner: schools.
- At Match & Sprint, two history teachers — one from each town — convened an Open Space session: "What did our grandparents' generation experience in our towns?" Eleven people joined.
- The sprint: two classes interviewed older residents, exchanged the interviews online and built a bilingual exhibition.

## What worked
- A concrete, small project with a fixed end date (the exhibition opening).
- Teachers as owners — they had classes, rooms and a reason to continue every school year.
- Weekly 30-minute video calls between the two teachers, with the students joining twice.

## What did not
- The first online meeting of the classes failed because of the school's firewall; the second used a phone hotspot.
- The association at first felt bypassed. Inviting its members as interview partners turned them into supporters.

## What to take from it
Look at the empty corners of the stakeholder map — that is where new energy for a partnership often waits.`,
      },
      de: {
        title: 'Wie ein Schulprojekt eine schlafende Partnerschaft weckte',
        summary:
          'Zwei Städte waren seit Jahrzehnten verschwistert, trafen sich aber nur zu Jubiläen. Ein gemeinsames Schulprojekt zur Ortsgeschichte brachte neue Menschen dazu.',
        body: `${ILLUSTRATIVE_DE}

## Ausgangslage
„Lindenfeld“ und „Zarichne“ haben ihre Partnerschaftsurkunde vor langer Zeit unterschrieben. Zu Beginn des Boosters gab es nur noch alle fünf Jahre einen Delegationsbesuch. Der Partnerschaftsverein hatte acht Mitglieder, das jüngste über sechzig.

## Was sie taten
- In ihren Initiativworkshops zeichneten beide lokalen Gruppen Akteurslandkarten. Beide hatten dieselbe leere Ecke: Schulen.
- Bei Match & Sprint luden zwei Geschichtslehrkräfte — je eine aus jeder Stadt — zu einer Open-Space-Runde ein: „Was hat die Generation unserer Großeltern in unseren Städten erlebt?“ Elf Personen kamen.
- Der Sprint: Zwei Klassen interviewten ältere Menschen, tauschten die Interviews online aus und bauten eine zweisprachige Ausstellung.

## Was funktionierte
- Ein konkretes, kleines Projekt mit festem Enddatum (der Ausstellungseröffnung).
- Lehrkräfte als Verantwortliche — sie hatten Klassen, Räume und einen Grund, jedes Schuljahr weiterzumachen.
- Wöchentliche 30-minütige Videocalls der beiden Lehrkräfte; die Klassen kamen zweimal dazu.

## Was nicht funktionierte
- Das erste Online-Treffen der Klassen scheiterte an der Firewall der Schule; beim zweiten half ein Handy-Hotspot.
- Der Verein fühlte sich zuerst übergangen. Als seine Mitglieder Interviewpartner wurden, wurden sie zu Unterstützern.

## Was man mitnehmen kann
Schauen Sie auf die leeren Ecken der Akteurslandkarte — dort wartet oft neue Energie für eine Partnerschaft.`,
      },
    },
  },
  {
    slug: 'story-moving-online',
    kind: 'BEST_PRACTICE',
    originalLocale: 'uk',
    stages: ['MATCH_SPRINT'],
    topics: ['online', 'facilitation', 'partnership'],
    versions: {
      uk: {
        title: 'Коли спільний воркшоп довелося перенести онлайн',
        summary:
          'Поїздки стали неможливими за три тижні до спільного воркшопу. Дві групи перебудували програму на онлайн і зберегли головне — спільні рішення.',
        body: `${ILLUSTRATIVE_UK}

## Вихідна ситуація
Групи з міст «Верхній Брід» і «Альтгоф» готувалися до Match & Sprint в Альтгофі. За три тижні до дати кордони закрилися. Скасувати? Перенести на невідомо коли? Обидві групи вирішили — онлайн.

## Що зробили
- Один день наживо перетворили на три вечори по дві години.
- Перший вечір — лише знайомство: парні інтерв’ю між містами в окремих кімнатах із перекладачем на дві пари.
- Другий вечір — спрощений «Відкритий простір»: теми заздалегідь зібрали в онлайн-формі, на ринку лише вибір.
- Третій вечір — голосування й старт двох проєктних команд.

## Що спрацювало
- Короткі сесії: ніхто не витримує шість годин у камері.
- Технічна проба за тиждень із кожним учасником, якому було потрібно.
- Спільна цифрова дошка з шаблонами для кожної кімнати.

## Що було важко
- Старші учасники з одного міста не мали вдома стабільного інтернету; їм відкрили залу в бібліотеці з одним ноутбуком і мікрофоном.
- Неформальне спілкування за кавою бракувало всім; у наступні місяці додали необов’язкову «онлайн-каву» по п’ятницях.

## Висновок
Онлайн не замінює зустрічі наживо, але групи, які вже мали спільний план, потім легше домовилися про першу поїздку.`,
      },
      en: {
        title: 'When the joint workshop had to move online',
        summary:
          'Travel became impossible three weeks before the joint workshop. Two groups rebuilt the programme online and kept what mattered — joint decisions.',
        body: `${ILLUSTRATIVE_EN}

## The starting point
The groups from "Verkhnii Brid" and "Althof" were preparing for Match & Sprint in Althof. Three weeks before the date, the borders closed. Cancel? Postpone indefinitely? Both groups decided: online.

## What they did
- One day in person became three evenings of two hours each.
- Evening one — only getting to know each other: paired interviews across cities in breakout rooms, one interpreter for every two pairs.
- Evening two — a simplified Open Space: topics were collected in an online form beforehand; the marketplace was only for choosing.
- Evening three — voting and the start of two project teams.

## What worked
- Short sessions: nobody lasts six hours on camera.
- A technical rehearsal a week before with every participant who needed it.
- One shared digital whiteboard with templates for each room.

## What was hard
- Older participants from one city had no stable internet at home; the library opened a room with one laptop and a microphone for them.
- Everyone missed the informal talk over coffee; in the following months an optional "online coffee" on Fridays was added.

## The lesson
Online does not replace meeting in person, but the groups that already had a joint plan later found it easier to agree on their first trip.`,
      },
      ru: {
        title: 'Когда совместный воркшоп пришлось перенести в онлайн',
        summary:
          'Поездки стали невозможны за три недели до совместного воркшопа. Две группы перестроили программу в онлайн и сохранили главное — совместные решения.',
        body: `${ILLUSTRATIVE_RU}

## Исходная ситуация
Группы из городов «Верхний Брод» и «Альтхоф» готовились к Match & Sprint в Альтхофе. За три недели до даты границы закрылись. Отменить? Отложить на неизвестный срок? Обе группы решили — онлайн.

## Что сделали
- Один очный день превратили в три вечера по два часа.
- Первый вечер — только знакомство: парные интервью между городами в отдельных комнатах, один переводчик на две пары.
- Второй вечер — упрощённое «Открытое пространство»: темы собрали заранее через онлайн-форму, на «рынке» только выбирали.
- Третий вечер — голосование и старт двух проектных команд.

## Что сработало
- Короткие сессии: никто не выдерживает шесть часов перед камерой.
- Техническая репетиция за неделю с каждым, кому это было нужно.
- Одна общая цифровая доска с шаблонами для каждой комнаты.

## Что было трудно
- У старших участников из одного города не было стабильного интернета дома; для них открыли зал в библиотеке с одним ноутбуком и микрофоном.
- Всем не хватало неформального общения за кофе; в следующие месяцы добавили необязательный «онлайн-кофе» по пятницам.

## Вывод
Онлайн не заменяет очных встреч, но группам, у которых уже был общий план, потом легче договориться о первой поездке.`,
      },
    },
  },
  {
    slug: 'story-association-finds-champion',
    kind: 'BEST_PRACTICE',
    originalLocale: 'ru',
    stages: ['INITIATIVE_A', 'INITIATIVE_B'],
    topics: ['administration', 'partnership'],
    versions: {
      ru: {
        title: 'Как небольшое общество нашло союзника в администрации',
        summary:
          'Общество дружбы маленького города годами писало письма в мэрию без ответа. На инициативном воркшопе карта заинтересованных сторон подсказала другой путь.',
        body: `${ILLUSTRATIVE_RU}

## Исходная ситуация
Общество дружбы города «Озёрск-на-Луге» (двенадцать активных членов) хотело возобновить обмены с городом-партнёром. Официальные письма на имя главы города оставались без ответа.

## Что сделали
- На инициативном воркшопе участники нарисовали карту заинтересованных сторон. Оказалось, что в администрации есть отдел по делам молодёжи с собственным небольшим бюджетом на обмены — и его сотрудница раньше сама была участницей обмена.
- Вместо очередного письма общество пригласило её на второй день воркшопа.
- Вместе сформулировали одно конкретное предложение: летний лагерь для двадцати подростков из двух городов.

## Что сработало
- Личный разговор вместо официальной переписки.
- Предложение, которое помогает отделу выполнить его собственные задачи.
- Общество взяло на себя подготовку и коммуникацию, отдел — помещение и часть расходов.

## Вывод
Союзник в администрации не обязательно сидит в кабинете главы. Карта показывает, где интересы совпадают.`,
      },
      en: {
        title: 'How a small association found a champion in the administration',
        summary:
          "A small town's friendship society wrote letters to the mayor's office for years without an answer. At the initiative workshop, the stakeholder map showed another way.",
        body: `${ILLUSTRATIVE_EN}

## The starting point
The friendship society of the town of "Ozyorsk-na-Lugu" (twelve active members) wanted to revive exchanges with its partner town. Formal letters addressed to the head of the town went unanswered.

## What they did
- At the initiative workshop, participants drew a stakeholder map. It turned out that the administration has a youth department with a small budget of its own for exchanges — and that one of its staff had once been an exchange participant herself.
- Instead of another letter, the society invited her to the second day of the workshop.
- Together they shaped one concrete proposal: a summer camp for twenty teenagers from both towns.

## What worked
- A personal conversation instead of official correspondence.
- A proposal that helps the department fulfil its own tasks.
- The society took on preparation and communication; the department provided a room and part of the costs.

## The lesson
An ally in the administration does not necessarily sit in the head's office. The map shows where interests meet.`,
      },
    },
  },
  {
    slug: 'partnership-agreement-template',
    kind: 'TEMPLATE',
    originalLocale: 'en',
    stages: ['SPRINT_SUCCEED'],
    topics: ['partnership', 'administration'],
    versions: {
      en: {
        title: 'Partnership agreement template',
        summary:
          'A short cooperation agreement between two cities or their associations: aims, joint projects, contact people, languages and how to review the agreement.',
        body: `Use this template at Sprint & Succeed to put the new structures of your partnership in writing. It is not a legal contract; it records what both sides have agreed. Download the text file below, fill in the brackets and adapt it.

## Structure
1. **Parties** — the two cities, administrations or associations, with their representatives.
2. **Purpose** — why the partnership exists, in two or three sentences.
3. **Joint projects** — the projects from the sprint, each with owners on both sides.
4. **Contact people** — at least two per side, so that the partnership survives a change of staff.
5. **Languages and communication** — working languages, how often joint calls take place, where documents are kept.
6. **Resources** — what each side contributes (rooms, staff time, budget lines).
7. **Review** — when the agreement is reviewed (e.g. every year after the joint event).
8. **Signatures.**

## Tips
- Keep it to two pages; a short agreement is read.
- Sign it publicly — at a twin city day, for example.`,
      },
      de: {
        title: 'Vorlage: Partnerschaftsvereinbarung',
        summary:
          'Eine kurze Kooperationsvereinbarung zwischen zwei Städten oder ihren Vereinen: Ziele, gemeinsame Projekte, Ansprechpersonen, Sprachen und Überprüfung.',
        body: `Nutzen Sie diese Vorlage bei Sprint & Succeed, um die neuen Strukturen Ihrer Partnerschaft schriftlich festzuhalten. Sie ist kein Rechtsvertrag, sondern hält fest, worauf sich beide Seiten geeinigt haben. Laden Sie die Textdatei unten herunter, füllen Sie die Klammern aus und passen Sie sie an.

## Aufbau
1. **Partner** — die beiden Städte, Verwaltungen oder Vereine mit ihren Vertretungen.
2. **Zweck** — warum es die Partnerschaft gibt, in zwei, drei Sätzen.
3. **Gemeinsame Projekte** — die Projekte aus dem Sprint, jeweils mit Verantwortlichen auf beiden Seiten.
4. **Ansprechpersonen** — mindestens zwei je Seite, damit die Partnerschaft einen Personalwechsel übersteht.
5. **Sprachen und Kommunikation** — Arbeitssprachen, Rhythmus gemeinsamer Calls, Ablage der Dokumente.
6. **Ressourcen** — was jede Seite beiträgt (Räume, Arbeitszeit, Haushaltsposten).
7. **Überprüfung** — wann die Vereinbarung überprüft wird (z. B. jährlich nach der gemeinsamen Veranstaltung).
8. **Unterschriften.**

## Tipps
- Höchstens zwei Seiten; eine kurze Vereinbarung wird gelesen.
- Öffentlich unterschreiben — zum Beispiel am Partnerstadt-Tag.`,
      },
      uk: {
        title: 'Шаблон угоди про партнерство',
        summary:
          'Коротка угода про співпрацю між двома містами чи їхніми об’єднаннями: цілі, спільні проєкти, контактні особи, мови й перегляд угоди.',
        body: `Використайте цей шаблон на Sprint & Succeed, щоб письмово закріпити нові структури вашого партнерства. Це не юридичний договір, а запис того, про що домовилися обидві сторони. Завантажте текстовий файл нижче, заповніть дужки й адаптуйте.

## Структура
1. **Сторони** — два міста, адміністрації чи об’єднання з їхніми представниками.
2. **Мета** — навіщо існує партнерство, у двох-трьох реченнях.
3. **Спільні проєкти** — проєкти зі спринту, кожен із відповідальними з обох боків.
4. **Контактні особи** — щонайменше дві з кожного боку, щоб партнерство пережило зміну працівників.
5. **Мови й комунікація** — робочі мови, частота спільних дзвінків, де зберігаються документи.
6. **Ресурси** — що вносить кожна сторона (приміщення, робочий час, бюджетні статті).
7. **Перегляд** — коли угоду переглядають (наприклад, щороку після спільного заходу).
8. **Підписи.**

## Поради
- Не більше двох сторінок — коротку угоду читають.
- Підпишіть її публічно — наприклад, на Дні міста-побратима.`,
      },
      ru: {
        title: 'Шаблон соглашения о партнёрстве',
        summary:
          'Короткое соглашение о сотрудничестве между двумя городами или их обществами: цели, совместные проекты, контактные лица, языки и пересмотр соглашения.',
        body: `Используйте этот шаблон на Sprint & Succeed, чтобы письменно закрепить новые структуры вашего партнёрства. Это не юридический договор, а запись того, о чём договорились обе стороны. Скачайте текстовый файл ниже, заполните скобки и адаптируйте.

## Структура
1. **Стороны** — два города, администрации или общества с их представителями.
2. **Цель** — зачем существует партнёрство, в двух-трёх предложениях.
3. **Совместные проекты** — проекты из спринта, у каждого ответственные с обеих сторон.
4. **Контактные лица** — минимум двое с каждой стороны, чтобы партнёрство пережило смену сотрудников.
5. **Языки и коммуникация** — рабочие языки, частота совместных звонков, где хранятся документы.
6. **Ресурсы** — что вносит каждая сторона (помещения, рабочее время, статьи бюджета).
7. **Пересмотр** — когда соглашение пересматривается (например, ежегодно после совместного мероприятия).
8. **Подписи.**

## Советы
- Не больше двух страниц — короткое соглашение читают.
- Подпишите его публично — например, на Дне города-побратима.`,
      },
    },
    file: {
      fileName: 'partnership-agreement-template.txt',
      text: `PARTNERSHIP AGREEMENT

between [City / association A], represented by [name, role]
and [City / association B], represented by [name, role]

1. Purpose
[Two or three sentences: why our cities work together.]

2. Joint projects
- [Project 1] — owners: [name, city A] and [name, city B]
- [Project 2] — owners: [name, city A] and [name, city B]

3. Contact people
City A: [name, e-mail], [name, e-mail]
City B: [name, e-mail], [name, e-mail]

4. Languages and communication
Working languages: [ ]
Joint calls: every [ ] weeks. Documents are kept at: [ ]

5. Resources
City A contributes: [ ]
City B contributes: [ ]

6. Review
This agreement is reviewed every [ ] months, next on [date].

Signed in [place], on [date]

______________________          ______________________
[name, role], City A            [name, role], City B
`,
    },
  },
  {
    slug: 'workshop-invitation-template',
    kind: 'TEMPLATE',
    originalLocale: 'uk',
    stages: ['INITIATIVE_A', 'INITIATIVE_B'],
    topics: ['communication', 'participation'],
    versions: {
      uk: {
        title: 'Шаблон запрошення на ініціативний воркшоп',
        summary:
          'Короткий текст запрошення, який можна надіслати поштою чи в месенджері: що, навіщо, коли, де і як зареєструватися.',
        body: `Запрошення має вміщатися на один екран телефона. Завантажте текстовий файл, заповніть дужки й надішліть особисто — персональне запрошення працює краще за оголошення.

## Що має бути в запрошенні
- **Звернення на ім’я.**
- **Навіщо:** одне речення про партнерство з містом-побратимом і про те, що на воркшопі вирішуватимуть разом.
- **Коли і де:** дата, час початку й завершення, адреса, доступність приміщення.
- **Мова:** що знання іноземних мов не потрібне.
- **Реєстрація:** до якої дати й як відповісти.
- **Контакт:** ім’я й телефон людини, яка відповість на запитання.

## Поради
- Надсилайте за 3–4 тижні й нагадайте за два дні.
- Додайте одне речення, чому запрошуєте саме цю людину.`,
      },
      en: {
        title: 'Invitation template for an initiative workshop',
        summary: 'A short invitation text to send by e-mail or messenger: what, why, when, where and how to register.',
        body: `An invitation should fit on one phone screen. Download the text file, fill in the brackets and send it personally — a personal invitation works better than a notice.

## What the invitation needs
- **The person's name.**
- **Why:** one sentence about the partnership with the twin city and that the workshop will decide things together.
- **When and where:** date, start and end time, address, step-free access.
- **Language:** that no foreign languages are needed.
- **Registration:** by which date and how to reply.
- **Contact:** name and phone number of someone who answers questions.

## Tips
- Send it 3–4 weeks ahead and remind people two days before.
- Add one sentence on why you are inviting this particular person.`,
      },
    },
    file: {
      fileName: 'invitation-initiative-workshop.txt',
      text: `Dear [name],

our city and [partner city] have been twin cities since [year]. On [date] we meet to decide together what this partnership should do next — and we would like you to be there, because [one sentence: why this person].

When: [date], [start time]–[end time]
Where: [address] (step-free access: [yes/no])
Language: [language]; no foreign languages needed, interpretation is provided.

Please reply by [date] to [name], [phone], [e-mail].

We look forward to seeing you!
[names of the local group]
`,
    },
  },
  {
    slug: 'joint-project-canvas',
    kind: 'TEMPLATE',
    originalLocale: 'de',
    stages: ['MATCH_SPRINT'],
    topics: ['projects', 'funding'],
    versions: {
      de: {
        title: 'Vorlage: Projekt-Canvas für ein gemeinsames Projekt',
        summary:
          'Ein einseitiges Raster, auf dem ein Team aus zwei Städten sein Projekt beschreibt — Grundlage für den Sprintplan und spätere Förderanträge.',
        body: `Das Canvas passt auf ein Flipchart oder ein A3-Blatt. Füllen Sie es am Ende von Match & Sprint gemeinsam aus; die Textdatei unten enthält die Felder zum Abschreiben oder Ausfüllen.

## Felder
1. **Projekttitel** — kurz und verständlich in beiden Sprachen.
2. **Problem oder Chance** — was wir in beiden Städten beobachten.
3. **Zielgruppe** — für wen genau.
4. **Was wir tun** — drei bis fünf Aktivitäten.
5. **Team** — Namen aus beiden Städten, wer koordiniert.
6. **Partner vor Ort** — Schulen, Vereine, Ämter, Unternehmen.
7. **Ressourcen** — was wir haben, was wir brauchen.
8. **Erster Schritt** — was bis zum nächsten Call passiert.
9. **Woran wir Erfolg erkennen** — ein bis drei einfache Zeichen.

## Tipps
- Felder 2 und 3 zuerst getrennt je Stadt ausfüllen, dann zusammenführen.
- Das Canvas ist die halbe Arbeit für einen Förderantrag.`,
      },
      en: {
        title: 'Joint project canvas template',
        summary:
          'A one-page grid on which a team from two cities describes its project — the basis for the sprint plan and later funding applications.',
        body: `The canvas fits on a flip chart or an A3 sheet. Fill it in together at the end of Match & Sprint; the text file below contains the fields to copy or fill in.

## Fields
1. **Project title** — short and clear in both languages.
2. **Problem or opportunity** — what we observe in both cities.
3. **Target group** — for whom exactly.
4. **What we do** — three to five activities.
5. **Team** — names from both cities, who coordinates.
6. **Local partners** — schools, associations, departments, companies.
7. **Resources** — what we have, what we need.
8. **First step** — what happens before the next call.
9. **How we will recognise success** — one to three simple signs.

## Tips
- Fill in fields 2 and 3 separately for each city first, then merge them.
- The canvas is half the work of a funding application.`,
      },
    },
    file: {
      fileName: 'joint-project-canvas.txt',
      text: `JOINT PROJECT CANVAS

1. Project title:
2. Problem or opportunity (city A / city B):
3. Target group:
4. What we do (3-5 activities):
5. Team (city A / city B), coordinator:
6. Local partners:
7. Resources we have / resources we need:
8. First step before the next call:
9. How we will recognise success:
`,
    },
  },
];
