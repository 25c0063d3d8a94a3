// The texts a new edition starts with, in the four languages (coordinators edit them before opening the call);
// the seed's editions use them too.
import type { AppLocale } from '@/i18n/routing';

/** An edition's title, summary and body in each language. */
export type CallTexts = Record<AppLocale, { title: string; summary: string; body: string }>;

/**
 * Default call texts, written for the platform in all four languages from the programme's facts. They name no
 * date: the call page shows the edition's own deadline, so moving it cannot leave a text behind.
 */
export function callTexts(year: number | string): CallTexts {
  return {
    en: {
      title: `Twin City Booster ${year}`,
      summary: 'Apply with your twin city: four facilitated workshops that turn a partnership into joint projects.',
      body:
        'The Twin City Booster is the third stage of Twin City Lab, a programme of Brains & Bridges funded by the German Federal Foreign Office. ' +
        'A pair of cities from Belarus, Germany, Russia or Ukraine — already twinned or wishing to become twins — takes part in four workshops: ' +
        'an initiative workshop in each city, then Match & Sprint and Sprint & Succeed together. The programme ' +
        'covers the workshops; the host city provides rooms ' +
        "and, where it can, lodging for the four coordinators. Participants' own travel is not covered, but finding funding is one of the workshop topics.",
    },
    de: {
      title: `Twin City Booster ${year}`,
      summary:
        'Bewerben Sie sich mit Ihrer Partnerstadt: vier moderierte Workshops, die aus ' +
        'einer Partnerschaft gemeinsame Projekte machen.',
      body:
        'Der Twin City Booster ist die dritte Stufe von Twin City Lab, einem Programm von Brains & Bridges, gefördert vom Auswärtigen Amt. ' +
        'Ein Städtepaar aus Belarus, Deutschland, Russland oder der Ukraine – bereits verschwistert oder auf dem Weg dorthin – nimmt an vier Workshops teil: ' +
        'je einem Initiativ-Workshop in beiden Städten, dann gemeinsam Match & Sprint und Sprint & Succeed. Das ' +
        'Programm trägt die Kosten der Workshops; die gastgebende Stadt stellt Räume ' +
        'und nach Möglichkeit Unterkünfte für die vier Koordinatorinnen und Koordinatoren. Eigene Reisekosten der ' +
        'Teilnehmenden werden nicht übernommen, doch die Suche nach Fördermitteln ist ein Thema der Workshops.',
    },
    ru: {
      title: `Twin City Booster ${year}`,
      summary:
        'Подайте заявку вместе с городом-побратимом: четыре модерируемых семинара, ' +
        'которые превращают партнёрство в совместные проекты.',
      body:
        'Twin City Booster — третий этап программы Twin City Lab организации Brains & Bridges при поддержке Министерства иностранных дел Германии. ' +
        'Пара городов из Беларуси, Германии, России или Украины — уже побратимы или только желающие ими стать — участвует в четырёх семинарах: ' +
        'по одному инициативному семинару в каждом городе, затем совместные Match & Sprint и Sprint & Succeed. ' +
        'Программа покрывает расходы на семинары; принимающий город предоставляет помещения ' +
        'и по возможности жильё для четырёх координаторов. Расходы участников на дорогу не покрываются, но поиск финансирования — одна из тем семинаров.',
    },
    uk: {
      title: `Twin City Booster ${year}`,
      summary:
        'Подайте заявку разом із містом-побратимом: чотири модеровані семінари, що перетворюють партнерство на спільні проєкти.',
      body:
        'Twin City Booster — третій етап програми Twin City Lab організації Brains & Bridges за підтримки Міністерства закордонних справ Німеччини. ' +
        'Пара міст із Білорусі, Німеччини, Росії чи України — вже побратими або ті, хто хоче ними стати, — бере участь у чотирьох семінарах: ' +
        'по одному ініціативному семінару в кожному місті, а потім спільні Match & Sprint і Sprint & Succeed. ' +
        'Програма покриває витрати на семінари; місто-господар надає приміщення ' +
        'і за можливості житло для чотирьох координаторів. Витрати учасників на дорогу не покриваються, але пошук фінансування — одна з тем семінарів.',
    },
  };
}
