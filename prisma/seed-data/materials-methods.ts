/** Method cards in the Liberating Structures format: purpose, duration, group, space, steps with timings, tips. */
import type { SeedMaterial } from './materials-types';

export const METHOD_CARDS: SeedMaterial[] = [
  {
    slug: 'stakeholder-mapping',
    kind: 'METHOD_CARD',
    originalLocale: 'en',
    stages: ['INITIATIVE_A', 'INITIATIVE_B'],
    topics: ['partnership', 'participation', 'administration'],
    durationMinutes: 75,
    groupSizeMin: 6,
    groupSizeMax: 30,
    versions: {
      en: {
        title: 'Stakeholder mapping of a city',
        summary:
          'Draw who in your city cares about the partnership, who decides, and who is still missing — before you plan anything with the partner city.',
        body: `## Purpose
A twinning lives on people, not on a signed charter. The map shows the local group who already supports the partnership, who could block or speed it up, and whom nobody has asked yet: schools, sports clubs, migrant communities, local businesses, the youth council.

## Duration and group
75 minutes, 6–30 people in tables of 4–6.

## Space and materials
A large sheet per table (A1), sticky notes in three colours, thick pens, a wall to hang the maps.

## Steps
1. **Set the question (5 min).** "Who in our city could gain from, or contribute to, the partnership with our twin city?"
2. **Silent brainstorm (10 min).** Each person writes one name or group per sticky note: institutions yellow, associations and initiatives green, individuals pink.
3. **Place on the map (20 min).** Draw two axes: *influence on the partnership* (low–high) and *interest today* (low–high). Each table places its notes and talks about the ones they disagree on.
4. **Find the gaps (15 min).** Which corners are empty? Who has high influence but low interest? Mark three to five people or groups to approach.
5. **Gallery and harvest (20 min).** Tables walk past the other maps, add missing notes, then agree on a short list: who contacts whom before the next workshop.
6. **Close (5 min).** Photograph the maps; they are the input for the joint workshop.

## Tips
- Ask the city administration's international office which departments already have contacts in the partner city.
- Names of real people make the map useful; keep it in the group and do not publish it.
- The partner city does the same exercise in its own initiative workshop, so the maps can be compared at Match & Sprint.`,
      },
      uk: {
        title: 'Мапа зацікавлених сторін міста',
        summary:
          'Визначте, кому у вашому місті важливе партнерство, хто ухвалює рішення і кого ще бракує — перш ніж щось планувати з містом-партнером.',
        body: `## Мета
Партнерство міст тримається на людях, а не на підписаній угоді. Мапа показує місцевій групі, хто вже підтримує партнерство, хто може його загальмувати чи пришвидшити і кого ще ніхто не запитав: школи, спортивні клуби, громади переселенців, місцевий бізнес, молодіжна рада.

## Тривалість і група
75 хвилин, 6–30 осіб за столами по 4–6.

## Простір і матеріали
Великий аркуш на стіл (A1), стікери трьох кольорів, товсті маркери, стіна, щоб повісити мапи.

## Кроки
1. **Поставте питання (5 хв).** «Хто в нашому місті може виграти від партнерства з містом-побратимом або зробити для нього внесок?»
2. **Мовчазний мозковий штурм (10 хв).** Кожен пише по одній назві чи групі на стікер: установи — жовтий, об’єднання та ініціативи — зелений, окремі люди — рожевий.
3. **Розмістіть на мапі (20 хв).** Накресліть дві осі: *вплив на партнерство* (низький–високий) і *зацікавленість сьогодні* (низька–висока). Кожен стіл розміщує стікери й обговорює ті, щодо яких є розбіжності.
4. **Знайдіть прогалини (15 хв).** Які кути порожні? Хто має великий вплив, але малу зацікавленість? Позначте трьох–п’ятьох людей чи групи, до яких варто звернутися.
5. **Галерея та підсумки (20 хв).** Столи обходять чужі мапи, додають відсутні стікери й домовляються про короткий список: хто з ким зв’яжеться до наступного воркшопу.
6. **Завершення (5 хв).** Сфотографуйте мапи — це матеріал для спільного воркшопу.

## Поради
- Запитайте міжнародний відділ міської ради, які департаменти вже мають контакти в місті-партнері.
- Реальні імена роблять мапу корисною; залиште її в групі й не публікуйте.
- Місто-партнер робить ту саму вправу на своєму ініціативному воркшопі, тож на Match & Sprint мапи можна порівняти.`,
      },
      de: {
        title: 'Akteurslandkarte einer Stadt',
        summary:
          'Zeichnen Sie, wem in Ihrer Stadt die Partnerschaft wichtig ist, wer entscheidet und wer noch fehlt — bevor Sie mit der Partnerstadt planen.',
        body: `## Zweck
Eine Städtepartnerschaft lebt von Menschen, nicht von der unterschriebenen Urkunde. Die Landkarte zeigt der lokalen Gruppe, wer die Partnerschaft schon trägt, wer sie bremsen oder beschleunigen kann und wen noch niemand gefragt hat: Schulen, Sportvereine, migrantische Communities, lokale Unternehmen, der Jugendrat.

## Dauer und Gruppe
75 Minuten, 6–30 Personen an Tischen zu 4–6.

## Raum und Material
Ein großer Bogen pro Tisch (A1), Haftnotizen in drei Farben, dicke Stifte, eine Wand für die Karten.

## Schritte
1. **Frage stellen (5 Min.).** „Wer in unserer Stadt könnte von der Partnerschaft profitieren oder etwas zu ihr beitragen?“
2. **Stilles Brainstorming (10 Min.).** Jede Person schreibt einen Namen oder eine Gruppe pro Zettel: Institutionen gelb, Vereine und Initiativen grün, Einzelpersonen rosa.
3. **Auf die Karte setzen (20 Min.).** Zwei Achsen: *Einfluss auf die Partnerschaft* (gering–hoch) und *Interesse heute* (gering–hoch). Jeder Tisch ordnet seine Zettel und bespricht die strittigen.
4. **Lücken finden (15 Min.).** Welche Ecken sind leer? Wer hat viel Einfluss, aber wenig Interesse? Markieren Sie drei bis fünf Personen oder Gruppen, die Sie ansprechen.
5. **Galerie und Ernte (20 Min.).** Die Tische gehen an den anderen Karten vorbei, ergänzen Fehlendes und einigen sich auf eine kurze Liste: Wer spricht bis zum nächsten Workshop mit wem?
6. **Abschluss (5 Min.).** Karten fotografieren; sie sind der Input für den gemeinsamen Workshop.

## Tipps
- Fragen Sie das Büro für internationale Beziehungen, welche Ämter schon Kontakte in die Partnerstadt haben.
- Echte Namen machen die Karte nützlich; sie bleibt in der Gruppe und wird nicht veröffentlicht.
- Die Partnerstadt macht dieselbe Übung in ihrem Initiativworkshop, sodass sich die Karten bei Match & Sprint vergleichen lassen.`,
      },
    },
  },
  {
    slug: 'world-cafe',
    kind: 'METHOD_CARD',
    originalLocale: 'de',
    stages: ['INITIATIVE_A', 'INITIATIVE_B', 'MATCH_SPRINT'],
    topics: ['facilitation', 'participation', 'partnership'],
    durationMinutes: 90,
    groupSizeMin: 12,
    groupSizeMax: 120,
    versions: {
      de: {
        title: 'Weltcafé',
        summary:
          'Viele Menschen sprechen in wechselnden kleinen Runden über dieselben Fragen — und sammeln so Ideen und Verbindungen, die in keiner Plenumsrunde entstehen.',
        body: `## Zweck
Im Weltcafé kommen Menschen ins Gespräch, die sich sonst nicht begegnen: Verwaltung und Verein, Jung und Alt, Einheimische und Gäste aus der Partnerstadt. Ideen wandern von Tisch zu Tisch und werden dabei reicher.

## Dauer und Gruppe
90 Minuten, 12–120 Personen, vier bis fünf pro Tisch.

## Raum und Material
Kleine Tische wie in einem Café, Papiertischdecken oder Flipchartbögen, Stifte, auf Wunsch Getränke. Pro Tisch eine Gastgeberin oder ein Gastgeber.

## Schritte
1. **Einführung (10 Min.).** Ablauf, Cafe-Etikette (zuhören, verbinden, auf die Tischdecke schreiben) und die erste Frage, z. B. „Was hat unsere Partnerschaft bisher möglich gemacht?“
2. **Runde 1 (20 Min.).** Gespräch an den Tischen; alle notieren auf der Tischdecke.
3. **Wechsel (2 Min.).** Alle außer den Gastgebenden wechseln an einen neuen Tisch, möglichst mit neuen Menschen.
4. **Runde 2 (20 Min.).** Gastgebende fassen die erste Runde in zwei Minuten zusammen; dann neue Frage: „Was wollen wir in zwei Jahren gemeinsam erreicht haben?“
5. **Runde 3 (20 Min.).** Noch ein Wechsel, Frage: „Was ist der erste kleine Schritt?“
6. **Ernte im Plenum (18 Min.).** Jeder Tisch nennt die eine Einsicht, die er nicht verlieren will. Eine Person schreibt mit.

## Tipps
- Fragen, die niemand mit Ja oder Nein beantworten kann, tragen das Gespräch.
- Bei zwei Sprachen: Tische nach Sprache mischen und an jedem Tisch eine zweisprachige Person als Gastgeberin.
- Online geht es mit Breakout-Räumen und einem geteilten Whiteboard pro Raum.`,
      },
      en: {
        title: 'World café',
        summary:
          'Many people talk about the same questions in changing small rounds — and gather ideas and connections that no plenary discussion produces.',
        body: `## Purpose
A world café brings people into conversation who would not otherwise meet: administration and associations, young and old, residents and guests from the partner city. Ideas travel from table to table and grow richer on the way.

## Duration and group
90 minutes, 12–120 people, four or five per table.

## Space and materials
Small café tables, paper tablecloths or flip-chart sheets, pens, drinks if you like. One host per table.

## Steps
1. **Introduction (10 min).** The flow, café etiquette (listen, connect ideas, write on the tablecloth) and the first question, e.g. "What has our partnership made possible so far?"
2. **Round 1 (20 min).** Table conversations; everyone writes on the tablecloth.
3. **Move (2 min).** Everyone except the hosts moves to a new table, ideally with new people.
4. **Round 2 (20 min).** Hosts summarise the first round in two minutes; then a new question: "What do we want to have achieved together in two years?"
5. **Round 3 (20 min).** One more move; question: "What is the first small step?"
6. **Harvest in plenary (18 min).** Each table names the one insight it does not want to lose. Someone writes it down.

## Tips
- Questions that nobody can answer with yes or no carry the conversation.
- With two languages: mix tables by language and make a bilingual person the host of each table.
- Online, use breakout rooms with one shared whiteboard per room.`,
      },
      ru: {
        title: 'Мировое кафе',
        summary:
          'Много людей обсуждают одни и те же вопросы в сменяющихся малых группах — и находят идеи и связи, которые не рождаются в общей дискуссии.',
        body: `## Цель
«Мировое кафе» сводит в разговоре людей, которые иначе не встретились бы: администрацию и общественные организации, молодых и старших, жителей и гостей из города-партнёра. Идеи переходят от стола к столу и обогащаются по пути.

## Продолжительность и группа
90 минут, 12–120 человек, по четыре-пять за столом.

## Пространство и материалы
Небольшие столики, как в кафе, бумажные скатерти или листы флипчарта, маркеры, по желанию напитки. За каждым столом — хозяйка или хозяин.

## Шаги
1. **Вступление (10 мин).** Порядок работы, правила кафе (слушать, связывать идеи, писать на скатерти) и первый вопрос, например: «Что наше партнёрство уже сделало возможным?»
2. **Раунд 1 (20 мин).** Разговор за столами; все записывают на скатерти.
3. **Смена столов (2 мин).** Все, кроме хозяев, пересаживаются за новый стол, по возможности к новым людям.
4. **Раунд 2 (20 мин).** Хозяева за две минуты пересказывают первый раунд; новый вопрос: «Чего мы хотим добиться вместе за два года?»
5. **Раунд 3 (20 мин).** Ещё одна смена; вопрос: «Каков первый маленький шаг?»
6. **Сбор урожая (18 мин).** Каждый стол называет одну мысль, которую не хочет потерять. Кто-то записывает.

## Советы
- Разговор держат вопросы, на которые нельзя ответить «да» или «нет».
- Если языков два: смешивайте столы по языку и назначайте хозяином двуязычного участника.
- Онлайн — сессионные залы и общая доска для каждого зала.`,
      },
    },
  },
  {
    slug: 'open-space',
    kind: 'METHOD_CARD',
    originalLocale: 'en',
    stages: ['MATCH_SPRINT'],
    topics: ['facilitation', 'projects', 'participation'],
    durationMinutes: 180,
    groupSizeMin: 15,
    groupSizeMax: 200,
    versions: {
      en: {
        title: 'Open Space',
        summary:
          'Participants set the agenda themselves: whoever cares about a topic convenes a session, and people go where they can learn or contribute most.',
        body: `## Purpose
When two city groups meet for the first time, nobody knows in advance which topics will catch fire. Open Space lets the joint group build its own agenda in minutes and shows where real energy for joint projects lies.

## Duration and group
Three hours (half a day) up to two days; 15–200 people.

## Space and materials
One large circle of chairs, an empty wall as the "marketplace" with a time-and-room grid, A4 sheets and markers, several break-out corners or rooms.

## Steps
1. **Opening in the circle (15 min).** The guiding theme, e.g. "What could our two cities do together in the next year?", and the principles: whoever comes are the right people; whatever happens is the only thing that could have; it starts when it starts; when it is over, it is over. The law of two feet: if you are neither learning nor contributing, move.
2. **Marketplace (20 min).** Anyone who wants to host a session writes the topic and their name on a sheet, announces it in the circle and pins it into a slot.
3. **Sessions (2 × 45 min).** Conveners host; someone writes a short record: who was there, what was discussed, next steps.
4. **News and closing circle (30 min).** Records go on the wall. Each session says in one sentence whether it wants to continue as a project.

## Tips
- Plan interpretation for sessions that mix languages, or let people choose a session language when they post the topic.
- The records are the raw material for the design sprint that follows (see the design sprint guide).
- Do not fill the marketplace with the organisers' topics; silence for a minute is normal.`,
      },
      de: {
        title: 'Open Space',
        summary:
          'Die Teilnehmenden bestimmen die Tagesordnung selbst: Wem ein Thema wichtig ist, lädt zu einer Runde ein, und alle gehen dorthin, wo sie am meisten lernen oder beitragen können.',
        body: `## Zweck
Wenn sich zwei städtische Gruppen zum ersten Mal treffen, weiß niemand vorher, welche Themen zünden. Open Space lässt die gemeinsame Gruppe in Minuten ihre eigene Tagesordnung bauen und zeigt, wo echte Energie für gemeinsame Projekte steckt.

## Dauer und Gruppe
Drei Stunden (ein halber Tag) bis zwei Tage; 15–200 Personen.

## Raum und Material
Ein großer Stuhlkreis, eine leere Wand als „Marktplatz“ mit Zeit-Raum-Raster, A4-Blätter und Stifte, mehrere Ecken oder Räume für Gruppen.

## Schritte
1. **Eröffnung im Kreis (15 Min.).** Das Leitthema, z. B. „Was könnten unsere beiden Städte im nächsten Jahr gemeinsam tun?“, und die Prinzipien: Wer kommt, sind die Richtigen; was geschieht, ist das Einzige, was geschehen konnte; es beginnt, wenn die Zeit reif ist; vorbei ist vorbei. Das Gesetz der zwei Füße: Wer weder lernt noch beiträgt, geht weiter.
2. **Marktplatz (20 Min.).** Wer eine Runde anbieten will, schreibt Thema und Namen auf ein Blatt, stellt es im Kreis vor und hängt es in ein Zeitfenster.
3. **Runden (2 × 45 Min.).** Die Einladenden moderieren; jemand schreibt ein kurzes Protokoll: wer da war, was besprochen wurde, nächste Schritte.
4. **Nachrichten und Abschlusskreis (30 Min.).** Protokolle kommen an die Wand. Jede Runde sagt in einem Satz, ob sie als Projekt weitermachen will.

## Tipps
- Planen Sie Dolmetschen für gemischtsprachige Runden ein oder lassen Sie beim Aushang eine Sprache wählen.
- Die Protokolle sind das Rohmaterial für den anschließenden Design Sprint.
- Füllen Sie den Marktplatz nicht mit Themen des Orga-Teams; eine Minute Stille ist normal.`,
      },
      uk: {
        title: 'Відкритий простір (Open Space)',
        summary:
          'Учасники самі складають порядок денний: кому важлива тема, той скликає сесію, а всі йдуть туди, де можуть найбільше навчитися чи долучитися.',
        body: `## Мета
Коли дві міські групи зустрічаються вперше, ніхто заздалегідь не знає, які теми запалять людей. Відкритий простір дає спільній групі за кілька хвилин скласти власний порядок денний і показує, де є справжня енергія для спільних проєктів.

## Тривалість і група
Від трьох годин (пів дня) до двох днів; 15–200 осіб.

## Простір і матеріали
Велике коло стільців, порожня стіна як «ринок» із сіткою часу й кімнат, аркуші A4 і маркери, кілька куточків або кімнат для груп.

## Кроки
1. **Відкриття в колі (15 хв).** Провідна тема, наприклад «Що наші два міста могли б зробити разом наступного року?», і принципи: хто прийшов — ті й потрібні; що стається — єдино можливе; починається тоді, коли починається; скінчилося — то скінчилося. Закон двох ніг: якщо ви не вчитеся й не долучаєтеся — перейдіть деінде.
2. **Ринок (20 хв).** Хто хоче провести сесію, пише тему та своє ім’я на аркуші, оголошує в колі й чіпляє в часовий слот.
3. **Сесії (2 × 45 хв).** Ініціатори ведуть; хтось пише короткий звіт: хто був, що обговорили, наступні кроки.
4. **Новини й завершальне коло (30 хв).** Звіти — на стіну. Кожна сесія одним реченням каже, чи хоче продовжити як проєкт.

## Поради
- Заплануйте переклад для змішаних за мовою сесій або дайте обрати мову сесії, коли вивішують тему.
- Звіти — сировина для дизайн-спринту, що йде далі.
- Не заповнюйте ринок темами організаторів; хвилина тиші — це нормально.`,
      },
    },
  },
  {
    slug: 'one-two-four-all',
    kind: 'METHOD_CARD',
    originalLocale: 'en',
    stages: ['INITIATIVE_A', 'INITIATIVE_B', 'MATCH_SPRINT', 'SPRINT_SUCCEED'],
    topics: ['facilitation', 'participation'],
    durationMinutes: 15,
    groupSizeMin: 4,
    groupSizeMax: 200,
    versions: {
      en: {
        title: '1-2-4-All',
        summary:
          'Everyone thinks alone, then in pairs, then in fours, then the whole group shares — every voice is heard in fifteen minutes.',
        body: `## Purpose
In mixed groups the same few people tend to speak: the mayor's office, the long-time chair of the association, whoever speaks the workshop language best. 1-2-4-All gives every person time to think and a safe small circle to speak in first.

## Duration and group
12–15 minutes; any group size from four.

## Space and materials
Chairs that can be moved; paper for notes.

## Steps
1. **Question (1 min).** E.g. "What would make our partnership visible to people who have never heard of it?"
2. **1 — alone (1 min).** Everyone notes their own ideas silently.
3. **2 — in pairs (2 min).** Build on each other's ideas; notice similarities and differences.
4. **4 — in fours (4 min).** Two pairs join; choose the idea that stands out.
5. **All (5 min).** Each group shares one important idea; no repetition of ideas already named.

## Tips
- Keep the timings strict; the energy comes from the short rounds.
- Pair people across cities or languages when the partner group is in the room.
- Use it as a warm-up before any larger decision.`,
      },
      ru: {
        title: '1-2-4-Все',
        summary:
          'Сначала каждый думает один, потом в парах, потом вчетвером, затем делится вся группа — за пятнадцать минут звучит каждый голос.',
        body: `## Цель
В смешанных группах обычно говорят одни и те же: представитель мэрии, многолетний председатель общества, тот, кто лучше всех владеет рабочим языком. «1-2-4-Все» даёт каждому время подумать и безопасный маленький круг, где можно сначала высказаться.

## Продолжительность и группа
12–15 минут; любая группа от четырёх человек.

## Пространство и материалы
Стулья, которые можно переставлять; бумага для заметок.

## Шаги
1. **Вопрос (1 мин).** Например: «Что сделает наше партнёрство заметным для людей, которые о нём никогда не слышали?»
2. **1 — самостоятельно (1 мин).** Каждый молча записывает свои идеи.
3. **2 — в парах (2 мин).** Развивайте идеи друг друга; замечайте сходства и различия.
4. **4 — вчетвером (4 мин).** Две пары объединяются и выбирают самую сильную идею.
5. **Все (5 мин).** Каждая группа делится одной важной идеей, не повторяя уже названные.

## Советы
- Строго держите время: энергия рождается из коротких раундов.
- Если в зале группа из города-партнёра, составляйте пары из разных городов или языков.
- Используйте как разминку перед любым серьёзным решением.`,
      },
    },
  },
  {
    slug: 'impromptu-networking',
    kind: 'METHOD_CARD',
    originalLocale: 'en',
    stages: ['INITIATIVE_A', 'INITIATIVE_B', 'MATCH_SPRINT'],
    topics: ['facilitation', 'partnership'],
    durationMinutes: 20,
    groupSizeMin: 8,
    groupSizeMax: 150,
    versions: {
      en: {
        title: 'Impromptu networking',
        summary:
          'Three short conversations with people you do not know yet, around two questions that matter for the day.',
        body: `## Purpose
A quick start that connects people around the challenge they bring, instead of name rounds that take an hour.

## Duration and group
20 minutes; 8 people or more.

## Space and materials
Open floor space; the two questions on a flip chart.

## Steps
1. **Questions (2 min).** "What big challenge do you bring to this partnership?" and "What do you hope to get from others here?"
2. **Round 1 (5 min).** Find someone you do not know; each answers both questions in two minutes.
3. **Rounds 2 and 3 (2 × 5 min).** Switch partners, again with a stranger.
4. **Reflection (3 min).** In the whole group: "What did you notice? What surprised you?"

## Tips
- In a bilingual group, allow pairs to choose their language; interpreters can join a trio.
- Write down surprising connections; they are often the seeds of joint projects.`,
      },
      uk: {
        title: 'Швидке знайомство (Impromptu networking)',
        summary: 'Три короткі розмови з незнайомими людьми навколо двох питань, важливих для дня.',
        body: `## Мета
Швидкий початок, що з’єднує людей довкола викликів, з якими вони прийшли, замість кола знайомств на годину.

## Тривалість і група
20 хвилин; від 8 осіб.

## Простір і матеріали
Вільне місце в залі; два питання на фліпчарті.

## Кроки
1. **Питання (2 хв).** «З яким великим викликом ви приходите до цього партнерства?» і «Що ви сподіваєтеся отримати від інших тут?»
2. **Раунд 1 (5 хв).** Знайдіть незнайому людину; кожен відповідає на обидва питання за дві хвилини.
3. **Раунди 2 і 3 (2 × 5 хв).** Змініть партнера — знову на незнайомця.
4. **Рефлексія (3 хв).** Усією групою: «Що ви помітили? Що вас здивувало?»

## Поради
- У двомовній групі дозвольте парам обирати мову; перекладач може приєднатися до трійки.
- Записуйте несподівані зв’язки — з них часто виростають спільні проєкти.`,
      },
    },
  },
  {
    slug: 'fishbowl-conversation',
    kind: 'METHOD_CARD',
    originalLocale: 'de',
    stages: ['MATCH_SPRINT', 'SPRINT_SUCCEED'],
    topics: ['facilitation', 'administration', 'partnership'],
    durationMinutes: 60,
    groupSizeMin: 12,
    groupSizeMax: 80,
    versions: {
      de: {
        title: 'Fishbowl-Gespräch',
        summary:
          'Ein kleiner Innenkreis spricht, alle anderen hören zu — und können jederzeit über einen freien Stuhl einsteigen.',
        body: `## Zweck
Ein Fishbowl macht ein Gespräch zwischen Verwaltung, Vereinen und Bürgerschaft sichtbar, ohne dass es zur Podiumsdiskussion wird. Gut geeignet, wenn beide Städte hören sollen, wie die jeweils andere Seite über die Partnerschaft denkt.

## Dauer und Gruppe
60 Minuten; 12–80 Personen.

## Raum und Material
Innenkreis mit fünf Stühlen, einer davon bleibt frei; Außenkreis für alle anderen. Bei Bedarf ein Mikrofon und Dolmetschen.

## Schritte
1. **Einführung (5 Min.).** Thema, z. B. „Was braucht unsere Partnerschaft von der Stadtverwaltung?“ Regel: Wer etwas sagen will, setzt sich auf den freien Stuhl; dann verlässt jemand aus dem Innenkreis seinen Platz.
2. **Start (5 Min.).** Vier Personen aus beiden Städten eröffnen mit je einer kurzen Erfahrung.
3. **Offenes Gespräch (35 Min.).** Der Kreis wechselt; die Moderation achtet nur auf den freien Stuhl und die Zeit.
4. **Auswertung (15 Min.).** In Murmelgruppen: Was haben wir gehört, was nehmen wir mit?

## Tipps
- Vorher zwei bis drei Personen bitten, den Anfang zu machen, damit der Kreis nicht leer startet.
- Beim Dolmetschen langsamer sprechen und kurze Beiträge vereinbaren.`,
      },
      en: {
        title: 'Fishbowl conversation',
        summary:
          'A small inner circle talks while everyone else listens — and anyone can join at any time through an empty chair.',
        body: `## Purpose
A fishbowl makes a conversation between administration, associations and residents visible without turning it into a panel. It works well when both cities should hear how the other side thinks about the partnership.

## Duration and group
60 minutes; 12–80 people.

## Space and materials
Inner circle of five chairs, one of them left empty; an outer circle for everyone else. A microphone and interpretation if needed.

## Steps
1. **Introduction (5 min).** Topic, e.g. "What does our partnership need from the city administration?" Rule: whoever wants to speak takes the empty chair; then someone from the inner circle leaves.
2. **Start (5 min).** Four people from both cities open with one short experience each.
3. **Open conversation (35 min).** The circle keeps changing; the facilitator watches only the empty chair and the time.
4. **Debrief (15 min).** In small groups: what did we hear, what do we take away?

## Tips
- Ask two or three people beforehand to start, so the circle does not begin empty.
- With interpretation, agree on short contributions and a slower pace.`,
      },
    },
  },
  {
    slug: 'dot-voting',
    kind: 'METHOD_CARD',
    originalLocale: 'ru',
    stages: ['MATCH_SPRINT'],
    topics: ['facilitation', 'projects'],
    durationMinutes: 30,
    groupSizeMin: 5,
    groupSizeMax: 100,
    versions: {
      ru: {
        title: 'Голосование точками',
        summary:
          'Быстрый и прозрачный способ выбрать из многих идей те, за которые группа действительно готова взяться.',
        body: `## Цель
После «Мирового кафе» или «Открытого пространства» на стене висят десятки идей. Голосование точками за полчаса показывает, какие из них группа двух городов поддерживает больше всего, — и никто не чувствует, что решение приняли за него.

## Продолжительность и группа
30 минут; 5–100 человек.

## Пространство и материалы
Идеи, по одной на листе, на стене; круглые наклейки (по 3–5 на человека, две группы — двух цветов, если хотите видеть голоса каждого города).

## Шаги
1. **Уточнить идеи (10 мин).** Похожие идеи объединяются, каждая получает понятный заголовок.
2. **Критерий (2 мин).** Договоритесь, за что голосуем: «За этот проект я готов(а) взяться в ближайшие три месяца».
3. **Голосование (8 мин).** Каждый распределяет свои точки; можно несколько на одну идею.
4. **Обсуждение (10 мин).** Что получило много голосов в обоих городах? Где голоса только с одной стороны — и почему?

## Советы
- Разные цвета для городов сразу показывают общие интересы.
- Голосование — не окончательное решение: у выбранных идей должны быть люди, которые за них отвечают.`,
      },
      en: {
        title: 'Dot voting',
        summary: 'A quick, transparent way to pick, from many ideas, the ones the group is really willing to work on.',
        body: `## Purpose
After a world café or Open Space, dozens of ideas hang on the wall. Dot voting shows in half an hour which ones the group of both cities supports most — and nobody feels the decision was made for them.

## Duration and group
30 minutes; 5–100 people.

## Space and materials
Ideas on the wall, one per sheet; round stickers (3–5 per person; two colours for the two cities if you want to see each city's votes).

## Steps
1. **Clarify ideas (10 min).** Similar ideas are merged; each gets a clear title.
2. **Criterion (2 min).** Agree on what the vote means: "I am willing to work on this project in the next three months."
3. **Vote (8 min).** Everyone places their dots; several on one idea are allowed.
4. **Discuss (10 min).** What got many votes in both cities? Where are votes from one side only — and why?

## Tips
- Different colours per city show shared interests at a glance.
- The vote is not the final decision: chosen ideas need people who take responsibility for them.`,
      },
    },
  },
  {
    slug: 'fifteen-percent-solutions',
    kind: 'METHOD_CARD',
    originalLocale: 'en',
    stages: ['SPRINT_SUCCEED'],
    topics: ['projects', 'facilitation'],
    durationMinutes: 20,
    groupSizeMin: 2,
    groupSizeMax: 100,
    versions: {
      en: {
        title: '15% solutions',
        summary:
          'Instead of waiting for the big breakthrough, everyone names what they can do next week with the resources and freedom they already have.',
        body: `## Purpose
At the end of a sprint, people often feel that the real obstacles — budgets, permissions, visas — are out of reach. The 15% question moves attention to what each person can do right now.

## Duration and group
20 minutes; any size.

## Space and materials
Paper and pens.

## Steps
1. **Question (1 min).** "What is your 15%: something you can do without more money or permission, starting tomorrow?"
2. **Alone (5 min).** Everyone writes their own list.
3. **In groups of 2–4 (10 min).** Each shares; others ask clarifying questions and offer help, not advice.
4. **Commit (4 min).** Everyone chooses one action and says by when.

## Tips
- Examples help: sending three e-mails to the partner school, booking a room, asking the press office for a short article.
- Collect the commitments; check them at the next joint call.`,
      },
      uk: {
        title: 'Рішення на 15%',
        summary:
          'Замість чекати на великий прорив, кожен називає, що може зробити наступного тижня з тими ресурсами й свободою, які вже має.',
        body: `## Мета
Наприкінці спринту люди часто відчувають, що справжні перешкоди — бюджети, дозволи, візи — поза їхнім впливом. Питання про 15% переводить увагу на те, що кожен може зробити просто зараз.

## Тривалість і група
20 хвилин; будь-який розмір.

## Простір і матеріали
Папір і ручки.

## Кроки
1. **Питання (1 хв).** «Які ваші 15%: що ви можете зробити без додаткових грошей чи дозволів, починаючи з завтра?»
2. **Самостійно (5 хв).** Кожен пише власний список.
3. **У групах по 2–4 (10 хв).** Кожен ділиться; інші ставлять уточнювальні питання й пропонують допомогу, а не поради.
4. **Зобов’язання (4 хв).** Кожен обирає одну дію й каже, до якого терміну.

## Поради
- Допомагають приклади: надіслати три листи школі-партнеру, забронювати залу, попросити пресслужбу про коротку статтю.
- Зберіть зобов’язання й перевірте їх на наступному спільному дзвінку.`,
      },
    },
  },
  {
    slug: 'what-so-what-now-what',
    kind: 'METHOD_CARD',
    originalLocale: 'en',
    stages: ['SPRINT_SUCCEED'],
    topics: ['evaluation', 'facilitation'],
    durationMinutes: 45,
    groupSizeMin: 4,
    groupSizeMax: 60,
    versions: {
      en: {
        title: 'What? So what? Now what?',
        summary:
          'A three-step debrief of the sprint: first the facts, then their meaning, then the next steps — in that order.',
        body: `## Purpose
Sprint & Succeed starts with looking back at the first joint sprint. This structure keeps the group from jumping to conclusions: it separates what happened from what it means and from what to do next.

## Duration and group
45 minutes; 4–60 people in groups of 4–6.

## Space and materials
Three flip charts labelled *What?*, *So what?*, *Now what?*; the sprint plan and any photos or numbers.

## Steps
1. **What? (15 min).** Only observations: what did we do, who took part, what happened, what numbers do we have? No judgements yet.
2. **So what? (15 min).** What patterns do we see? What surprised us? What did we learn about working together across the border?
3. **Now what? (15 min).** What actions follow? What do we stop, continue, start? Who takes which step?

## Tips
- Let each city group work the "What?" step separately first, then compare — the views differ more than expected.
- Write "Now what?" steps with a name and a date, or they stay wishes.`,
      },
      de: {
        title: 'Was? Na und? Was jetzt?',
        summary:
          'Eine Auswertung des Sprints in drei Schritten: erst die Fakten, dann ihre Bedeutung, dann die nächsten Schritte — in dieser Reihenfolge.',
        body: `## Zweck
Sprint & Succeed beginnt mit dem Rückblick auf den ersten gemeinsamen Sprint. Diese Struktur bewahrt die Gruppe vor vorschnellen Schlüssen: Sie trennt, was geschehen ist, von dem, was es bedeutet, und von dem, was als Nächstes zu tun ist.

## Dauer und Gruppe
45 Minuten; 4–60 Personen in Gruppen zu 4–6.

## Raum und Material
Drei Flipcharts mit *Was?*, *Na und?*, *Was jetzt?*; der Sprintplan sowie Fotos oder Zahlen.

## Schritte
1. **Was? (15 Min.).** Nur Beobachtungen: Was haben wir getan, wer war dabei, was ist passiert, welche Zahlen haben wir? Noch keine Bewertungen.
2. **Na und? (15 Min.).** Welche Muster sehen wir? Was hat uns überrascht? Was haben wir über die Zusammenarbeit über die Grenze hinweg gelernt?
3. **Was jetzt? (15 Min.).** Welche Schritte folgen? Was lassen wir, was behalten wir, was fangen wir an? Wer übernimmt welchen Schritt?

## Tipps
- Lassen Sie jede Stadtgruppe den Schritt „Was?“ zuerst getrennt bearbeiten und dann vergleichen — die Sichtweisen unterscheiden sich mehr als gedacht.
- Schreiben Sie „Was jetzt?“-Schritte mit Namen und Datum, sonst bleiben es Wünsche.`,
      },
      ru: {
        title: 'Что? И что? Что теперь?',
        summary:
          'Разбор спринта в три шага: сначала факты, потом их смысл, потом следующие шаги — именно в таком порядке.',
        body: `## Цель
Sprint & Succeed начинается с оглядки на первый совместный спринт. Эта структура не даёт группе поспешно делать выводы: она отделяет то, что произошло, от того, что это значит, и от того, что делать дальше.

## Продолжительность и группа
45 минут; 4–60 человек в группах по 4–6.

## Пространство и материалы
Три флипчарта с надписями *Что?*, *И что?*, *Что теперь?*; план спринта, фотографии, цифры.

## Шаги
1. **Что? (15 мин).** Только наблюдения: что мы сделали, кто участвовал, что произошло, какие у нас есть цифры? Пока без оценок.
2. **И что? (15 мин).** Какие закономерности мы видим? Что нас удивило? Что мы узнали о совместной работе через границу?
3. **Что теперь? (15 мин).** Какие действия следуют? Что прекращаем, что продолжаем, что начинаем? Кто берёт какой шаг?

## Советы
- Пусть каждая городская группа сначала отдельно проработает шаг «Что?», а потом сравнит — взгляды различаются сильнее, чем ожидаешь.
- Записывайте шаги «Что теперь?» с именем и датой, иначе они останутся пожеланиями.`,
      },
      uk: {
        title: 'Що? То й що? Що тепер?',
        summary:
          'Розбір спринту в три кроки: спочатку факти, потім їхній сенс, потім наступні кроки — саме в такому порядку.',
        body: `## Мета
Sprint & Succeed починається з погляду назад на перший спільний спринт. Ця структура не дає групі поспіхом робити висновки: вона відокремлює те, що сталося, від того, що це означає, і від того, що робити далі.

## Тривалість і група
45 хвилин; 4–60 осіб у групах по 4–6.

## Простір і матеріали
Три фліпчарти з написами *Що?*, *То й що?*, *Що тепер?*; план спринту, фото, цифри.

## Кроки
1. **Що? (15 хв).** Лише спостереження: що ми зробили, хто брав участь, що сталося, які маємо цифри? Поки без оцінок.
2. **То й що? (15 хв).** Які закономірності бачимо? Що нас здивувало? Чого ми навчилися про спільну роботу через кордон?
3. **Що тепер? (15 хв).** Які дії випливають? Що припиняємо, що продовжуємо, що починаємо? Хто бере який крок?

## Поради
- Нехай кожна міська група спершу окремо пропрацює крок «Що?», а потім порівняє — погляди різняться більше, ніж очікуєш.
- Записуйте кроки «Що тепер?» з іменем і датою, інакше вони залишаться побажаннями.`,
      },
    },
  },
  {
    slug: 'gallery-walk',
    kind: 'METHOD_CARD',
    originalLocale: 'de',
    stages: ['MATCH_SPRINT'],
    topics: ['facilitation', 'projects'],
    durationMinutes: 40,
    groupSizeMin: 8,
    groupSizeMax: 80,
    versions: {
      de: {
        title: 'Galerierundgang',
        summary:
          'Gruppen stellen ihre Ergebnisse als Plakate aus; alle gehen herum, lesen, fragen nach und hinterlassen Rückmeldungen.',
        body: `## Zweck
Statt zehn Präsentationen hintereinander sieht jede Person alle Ergebnisse in ihrem eigenen Tempo — ideal, wenn die Ergebnisse beider Initiativworkshops zusammengeführt werden.

## Dauer und Gruppe
40 Minuten; 8–80 Personen.

## Raum und Material
Wandfläche für Plakate, Haftnotizen in zwei Farben (Frage / Anregung), Stifte.

## Schritte
1. **Aufhängen (5 Min.).** Jede Gruppe hängt ihr Plakat auf; eine Person bleibt als „Kuratorin“ daneben.
2. **Rundgang (25 Min.).** Alle anderen gehen herum, lesen, stellen Fragen und kleben Notizen: gelb für Fragen, grün für Anregungen.
3. **Rückblick (10 Min.).** Die Kuratorinnen lesen die Notizen und nennen im Plenum die wichtigste Frage und die beste Anregung.

## Tipps
- Plakate zweisprachig beschriften oder eine kurze Zusammenfassung in der zweiten Sprache dazuhängen.
- Kuratorinnen nach der Hälfte der Zeit wechseln, damit auch sie herumgehen können.`,
      },
      en: {
        title: 'Gallery walk',
        summary: 'Groups display their results as posters; everyone walks around, reads, asks and leaves feedback.',
        body: `## Purpose
Instead of ten presentations in a row, everyone sees all results at their own pace — ideal for bringing together the results of both initiative workshops.

## Duration and group
40 minutes; 8–80 people.

## Space and materials
Wall space for posters, sticky notes in two colours (question / suggestion), pens.

## Steps
1. **Hang up (5 min).** Each group hangs its poster; one person stays next to it as the "curator".
2. **Walk (25 min).** Everyone else walks around, reads, asks questions and leaves notes: yellow for questions, green for suggestions.
3. **Look back (10 min).** Curators read the notes and name the most important question and the best suggestion in plenary.

## Tips
- Label posters in both languages, or hang a short summary in the second language next to them.
- Swap curators halfway so they can walk around too.`,
      },
    },
  },
  {
    slug: 'paired-interviews-across-cities',
    kind: 'METHOD_CARD',
    originalLocale: 'ru',
    stages: ['MATCH_SPRINT'],
    topics: ['partnership', 'facilitation'],
    durationMinutes: 50,
    groupSizeMin: 4,
    groupSizeMax: 60,
    versions: {
      ru: {
        title: 'Парные интервью между городами',
        summary:
          'Участники из двух городов берут друг у друга интервью об удачном опыте сотрудничества — и находят общие ценности до того, как начинают спорить о проектах.',
        body: `## Цель
Первые минуты совместного воркшопа задают тон. Интервью «одна пара — два города» строятся вокруг историй успеха, а не проблем, и сразу создают личные связи через границу.

## Продолжительность и группа
50 минут; 4–60 человек, пары из разных городов.

## Пространство и материалы
Места для пар, карточка с тремя вопросами на двух языках, при необходимости переводчик на несколько пар.

## Шаги
1. **Пары (5 мин).** Каждая пара — один человек из каждого города.
2. **Интервью A (15 мин).** «Расскажите о моменте, когда совместная работа с другими дала больше, чем вы ожидали. Что сделало это возможным? Чего вы желаете нашему партнёрству?»
3. **Интервью B (15 мин).** Роли меняются.
4. **Четвёрки (10 мин).** Две пары рассказывают друг другу, что узнали, и записывают общие условия успеха.
5. **Общий круг (5 мин).** Несколько условий успеха — на общую стену.

## Советы
- Интервьюер только спрашивает и слушает, не рассказывает о себе.
- Если в паре нет общего языка, объедините две пары с одним переводчиком.`,
      },
      en: {
        title: 'Paired interviews across cities',
        summary:
          'Participants from the two cities interview each other about a good experience of cooperation — and find shared values before they start arguing about projects.',
        body: `## Purpose
The first minutes of a joint workshop set the tone. Interviews in cross-city pairs are built on success stories, not problems, and create personal links across the border right away.

## Duration and group
50 minutes; 4–60 people in pairs from different cities.

## Space and materials
Seats for pairs, a card with three questions in both languages, an interpreter for several pairs if needed.

## Steps
1. **Pairs (5 min).** Each pair: one person from each city.
2. **Interview A (15 min).** "Tell me about a moment when working with others gave more than you expected. What made it possible? What do you wish for our partnership?"
3. **Interview B (15 min).** Swap roles.
4. **Fours (10 min).** Two pairs tell each other what they learned and write down shared conditions for success.
5. **Whole circle (5 min).** Some conditions for success go on the shared wall.

## Tips
- The interviewer only asks and listens and does not talk about themselves.
- If a pair has no shared language, join two pairs with one interpreter.`,
      },
    },
  },
  {
    slug: 'ecocycle-planning',
    kind: 'METHOD_CARD',
    originalLocale: 'en',
    stages: ['SPRINT_SUCCEED'],
    topics: ['projects', 'evaluation', 'partnership'],
    durationMinutes: 90,
    groupSizeMin: 6,
    groupSizeMax: 50,
    versions: {
      en: {
        title: 'Ecocycle planning',
        summary:
          "Place all the partnership's activities on a life cycle — birth, maturity, creative destruction, renewal — to see what to grow, what to let go and what is missing.",
        body: `## Purpose
Long-standing partnerships collect activities: the annual delegation visit, a choir exchange, a dormant school link. Ecocycle planning shows the whole portfolio at once and makes it acceptable to end something so that new projects get room.

## Duration and group
90 minutes; 6–50 people.

## Space and materials
A large drawing of the ecocycle (a figure of eight: birth → maturity → creative destruction → renewal), sticky notes, pens.

## Steps
1. **List activities (10 min).** Alone, everyone writes all current activities of the partnership, one per note.
2. **Place in pairs (15 min).** Pairs place their notes on the cycle and discuss why.
3. **Group map (25 min).** Groups of four to six agree on one shared map.
4. **Traps (20 min).** Look at the two traps: the *poverty trap* (good ideas that never get resources) and the *rigidity trap* (activities kept alive only out of habit). What is in them?
5. **Actions (20 min).** For each trap: what do we stop, what do we support? Who does it?

## Tips
- Invite both old and new members: the old know the history, the new see the habits.
- Ending an activity with a proper farewell (a last event, a thank-you letter) keeps goodwill.`,
      },
      uk: {
        title: 'Планування за екоциклом',
        summary:
          'Розмістіть усі активності партнерства на життєвому циклі — народження, зрілість, творче руйнування, оновлення, — щоб побачити, що розвивати, що відпустити і чого бракує.',
        body: `## Мета
Давні партнерства накопичують активності: щорічний візит делегації, обмін хорів, шкільний зв’язок, що заснув. Екоцикл показує весь набір одразу й робить прийнятним завершити щось, аби звільнити місце для нових проєктів.

## Тривалість і група
90 хвилин; 6–50 осіб.

## Простір і матеріали
Великий малюнок екоциклу (вісімка: народження → зрілість → творче руйнування → оновлення), стікери, ручки.

## Кроки
1. **Список активностей (10 хв).** Кожен самостійно записує всі поточні активності партнерства, по одній на стікер.
2. **Розміщення в парах (15 хв).** Пари розміщують стікери на циклі й обговорюють чому.
3. **Спільна мапа (25 хв).** Групи по чотири–шість осіб погоджують одну мапу.
4. **Пастки (20 хв).** Подивіться на дві пастки: *пастку бідності* (добрі ідеї, що ніколи не отримують ресурсів) і *пастку жорсткості* (активності, які живуть лише за звичкою). Що в них?
5. **Дії (20 хв).** Для кожної пастки: що припиняємо, що підтримуємо? Хто це робить?

## Поради
- Запросіть і давніх, і нових учасників: перші знають історію, другі бачать звички.
- Завершення активності з гідним прощанням (останній захід, лист подяки) зберігає добру волю.`,
      },
    },
  },
  {
    slug: 'project-pitch-market',
    kind: 'METHOD_CARD',
    originalLocale: 'de',
    stages: ['MATCH_SPRINT'],
    topics: ['projects', 'partnership'],
    durationMinutes: 60,
    groupSizeMin: 10,
    groupSizeMax: 80,
    versions: {
      de: {
        title: 'Projektmarkt mit Kurzvorstellungen',
        summary:
          'Projektideen beider Städte werden in drei Minuten vorgestellt; danach suchen sich alle das Projekt, in dem sie mitarbeiten wollen.',
        body: `## Zweck
Aus vielen Ideen werden Teams. Der Projektmarkt verbindet die Menschen mit den Projekten, für die sie Zeit und Lust haben — Voraussetzung dafür, dass der erste Sprint wirklich startet.

## Dauer und Gruppe
60 Minuten; 10–80 Personen.

## Raum und Material
Pro Idee ein Stand (Tisch oder Pinnwand) mit Plakat; Sanduhr oder Timer.

## Schritte
1. **Vorstellungen (20 Min.).** Jede Idee hat drei Minuten: Was ist das Problem, was wollen wir tun, wen brauchen wir aus beiden Städten?
2. **Marktphase (25 Min.).** Alle gehen zu den Ständen, fragen nach und tragen sich dort ein, wo sie mitmachen wollen.
3. **Teams bilden (15 Min.).** Ideen mit mindestens je zwei Personen aus beiden Städten werden zu Sprintteams; die anderen werden geparkt, nicht gestrichen.

## Tipps
- Eine Person darf höchstens in zwei Teams; sonst sind am Ende alle überall und niemand verantwortlich.
- Geparkte Ideen sichtbar im Protokoll festhalten.`,
      },
      en: {
        title: 'Project pitch market',
        summary:
          'Project ideas from both cities are pitched in three minutes; then everyone chooses the project they want to work on.',
        body: `## Purpose
Many ideas become teams. The pitch market connects people with the projects they have time and appetite for — the condition for the first sprint to really start.

## Duration and group
60 minutes; 10–80 people.

## Space and materials
One stand per idea (table or pin board) with a poster; an hourglass or timer.

## Steps
1. **Pitches (20 min).** Each idea has three minutes: what is the problem, what do we want to do, whom do we need from both cities?
2. **Market (25 min).** Everyone visits the stands, asks questions and signs up where they want to join.
3. **Form teams (15 min).** Ideas with at least two people from each city become sprint teams; the others are parked, not deleted.

## Tips
- Nobody joins more than two teams; otherwise everyone is everywhere and nobody is responsible.
- Record parked ideas visibly in the minutes.`,
      },
    },
  },
  {
    slug: 'multilingual-check-in-check-out',
    kind: 'METHOD_CARD',
    originalLocale: 'uk',
    stages: ['INITIATIVE_A', 'INITIATIVE_B', 'MATCH_SPRINT', 'SPRINT_SUCCEED'],
    topics: ['facilitation', 'online'],
    durationMinutes: 15,
    groupSizeMin: 3,
    groupSizeMax: 40,
    versions: {
      uk: {
        title: 'Багатомовні check-in і check-out',
        summary:
          'Коротке коло на початку й наприкінці зустрічі, де кожен говорить своєю мовою одним реченням — і група чує всіх.',
        body: `## Мета
У групах двох міст мова часто стає бар’єром: хтось мовчить, бо не впевнений у спільній мові. Коло, у якому кожен говорить рідною мовою одне коротке речення, показує, що тут вітають усі мови, і дає ведучим «температуру» групи.

## Тривалість і група
10–15 хвилин; 3–40 осіб.

## Простір і матеріали
Коло стільців або, онлайн, список черговості в чаті.

## Кроки
1. **Check-in (5–7 хв).** Питання, наприклад: «З яким настроєм і з якою надією ви сьогодні прийшли?» Кожен відповідає одним реченням своєю мовою; перекладач або сусід коротко перекладає.
2. **Робота дня.**
3. **Check-out (5–7 хв).** «Що ви забираєте із сьогоднішньої зустрічі?» — знову одне речення.

## Поради
- Ведучий відповідає першим і показує бажану довжину.
- Онлайн: хто не хоче говорити, може написати в чат.
- Коротко записуйте відповіді check-out — це найшвидший зворотний зв’язок для команди ведучих.`,
      },
      ru: {
        title: 'Многоязычные check-in и check-out',
        summary:
          'Короткий круг в начале и в конце встречи, где каждый одним предложением говорит на своём языке — и группа слышит всех.',
        body: `## Цель
В группах из двух городов язык часто становится барьером: кто-то молчит, потому что не уверен в общем языке. Круг, где каждый говорит на родном языке одно короткое предложение, показывает, что здесь рады всем языкам, и даёт ведущим «температуру» группы.

## Продолжительность и группа
10–15 минут; 3–40 человек.

## Пространство и материалы
Круг стульев или, онлайн, очерёдность в чате.

## Шаги
1. **Check-in (5–7 мин).** Вопрос, например: «С каким настроением и с какой надеждой вы сегодня пришли?» Каждый отвечает одним предложением на своём языке; переводчик или сосед коротко переводит.
2. **Работа дня.**
3. **Check-out (5–7 мин).** «Что вы уносите с сегодняшней встречи?» — снова одно предложение.

## Советы
- Ведущий отвечает первым и задаёт нужную длину.
- Онлайн: кто не хочет говорить, может написать в чат.
- Коротко записывайте ответы check-out — это самая быстрая обратная связь для команды ведущих.`,
      },
      en: {
        title: 'Multilingual check-in and check-out',
        summary:
          'A short round at the start and end of a meeting where everyone says one sentence in their own language — and the group hears everyone.',
        body: `## Purpose
In groups from two cities, language often becomes a barrier: some stay silent because they are unsure of the shared language. A round in which everyone says one short sentence in their own language shows that all languages are welcome and gives the facilitators the group's temperature.

## Duration and group
10–15 minutes; 3–40 people.

## Space and materials
A circle of chairs or, online, a speaking order in the chat.

## Steps
1. **Check-in (5–7 min).** A question such as "In what mood and with what hope did you come today?" Everyone answers in one sentence in their language; an interpreter or neighbour translates briefly.
2. **The day's work.**
3. **Check-out (5–7 min).** "What do you take away from today?" — one sentence again.

## Tips
- The facilitator answers first and shows the length wanted.
- Online, those who prefer not to speak can write in the chat.
- Note the check-out answers briefly: they are the fastest feedback for the facilitation team.`,
      },
    },
  },
  {
    slug: 'resident-personas',
    kind: 'METHOD_CARD',
    originalLocale: 'uk',
    stages: ['INITIATIVE_A', 'INITIATIVE_B'],
    topics: ['participation', 'projects'],
    durationMinutes: 60,
    groupSizeMin: 4,
    groupSizeMax: 30,
    versions: {
      uk: {
        title: 'Персони мешканців',
        summary:
          'Група описує кількох вигаданих, але правдоподібних мешканців міста, щоб перевірити, для кого насправді буде партнерство.',
        body: `## Мета
Партнерські заходи часто роблять для тих, хто й так приходить. Персони допомагають подумати про людей, яких у залі немає: студентку, що переїхала з іншого міста, пенсіонера з району новобудов, підприємицю, що шукає ринки.

## Тривалість і група
60 хвилин; 4–30 осіб у групах по 3–5.

## Простір і матеріали
Шаблон персони на аркуші A3: ім’я, вік, район, заняття, що важливо, що заважає брати участь, як дізнається новини.

## Кроки
1. **Вибір (5 хв).** Кожна група обирає тип мешканця, якого бракує на мапі зацікавлених сторін.
2. **Опис (20 хв).** Група заповнює шаблон, спираючись на знайомих людей, а не на стереотипи.
3. **Перевірка ідей (20 хв).** Ідеї для партнерства проходять через очі персони: чи дізналася б вона про це? Чи прийшла б? Що її зупинить?
4. **Висновки (15 хв).** Групи показують персони й називають по одній зміні до своїх ідей.

## Поради
- Персони — інструмент уяви, а не дослідження; згодом перевірте припущення в розмовах із реальними людьми.
- Дайте персоні ім’я й фото-ескіз — так про неї легше говорити.`,
      },
      en: {
        title: 'Resident personas',
        summary:
          'The group describes a few invented but plausible residents to check whom the partnership is really for.',
        body: `## Purpose
Partnership events are often made for those who come anyway. Personas help the group think about people who are not in the room: a student who moved from another city, a pensioner from a new housing estate, an entrepreneur looking for markets.

## Duration and group
60 minutes; 4–30 people in groups of 3–5.

## Space and materials
A persona template on A3: name, age, district, occupation, what matters, what keeps them from taking part, how they hear news.

## Steps
1. **Choose (5 min).** Each group picks a type of resident missing from the stakeholder map.
2. **Describe (20 min).** The group fills in the template, drawing on people they know rather than on stereotypes.
3. **Test ideas (20 min).** Partnership ideas are seen through the persona's eyes: would she hear about it? Would she come? What would stop her?
4. **Conclusions (15 min).** Groups show their personas and name one change to their ideas each.

## Tips
- Personas are a tool for imagination, not research; check the assumptions later in conversations with real people.
- Give the persona a name and a sketch — it is easier to talk about her.`,
      },
    },
  },
];
