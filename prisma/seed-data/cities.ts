/**
 * Seed list of cities for the Twin City Tool Box (Belarus, Germany, Russia, Ukraine).
 *
 * - `slug`: stable ASCII identifier. German cities use the German name folded to ASCII
 *   (koeln, muenchen); all other cities use the English name (kharkiv, grodno, moscow).
 * - `nameEn` / `nameDe` / `nameRu` / `nameUk`: the name as each language normally writes it
 *   (English: current English usage, Ukrainian cities romanised from Ukrainian;
 *   German: the German exonym / Duden-style transcription; Russian and Ukrainian in Cyrillic).
 * - `aliases`: other spellings people type: native-language forms (e.g. Belarusian),
 *   older or Russian-based transliterations, historical names.
 * - `timeZone`: IANA time-zone identifier.
 *
 * The list only describes cities; partnerships between them are not encoded here.
 */
export type SeedCity = {
  slug: string;
  country: 'BY' | 'DE' | 'RU' | 'UA';
  nameEn: string;
  nameDe: string;
  nameRu: string;
  nameUk: string;
  aliases: string[];
  timeZone: string;
};

const DE = 'Europe/Berlin';
const UA = 'Europe/Kyiv';
const BY = 'Europe/Minsk';
const MSK = 'Europe/Moscow';

export const SEED_CITIES: SeedCity[] = [
  // ---------------------------------------------------------------- Germany
  { slug: 'berlin', country: 'DE', nameEn: 'Berlin', nameDe: 'Berlin', nameRu: 'Берлин', nameUk: 'Берлін', aliases: [], timeZone: DE },
  { slug: 'hamburg', country: 'DE', nameEn: 'Hamburg', nameDe: 'Hamburg', nameRu: 'Гамбург', nameUk: 'Гамбург', aliases: [], timeZone: DE },
  { slug: 'muenchen', country: 'DE', nameEn: 'Munich', nameDe: 'München', nameRu: 'Мюнхен', nameUk: 'Мюнхен', aliases: ['Muenchen', 'Munchen'], timeZone: DE },
  { slug: 'koeln', country: 'DE', nameEn: 'Cologne', nameDe: 'Köln', nameRu: 'Кёльн', nameUk: 'Кельн', aliases: ['Koeln', 'Koln'], timeZone: DE },
  {
    slug: 'frankfurt-am-main', country: 'DE', nameEn: 'Frankfurt am Main', nameDe: 'Frankfurt am Main',
    nameRu: 'Франкфурт-на-Майне', nameUk: 'Франкфурт-на-Майні',
    aliases: ['Frankfurt', 'Frankfurt/Main', 'Frankfurt a. M.', 'Франкфурт'], timeZone: DE,
  },
  { slug: 'stuttgart', country: 'DE', nameEn: 'Stuttgart', nameDe: 'Stuttgart', nameRu: 'Штутгарт', nameUk: 'Штутгарт', aliases: [], timeZone: DE },
  { slug: 'duesseldorf', country: 'DE', nameEn: 'Düsseldorf', nameDe: 'Düsseldorf', nameRu: 'Дюссельдорф', nameUk: 'Дюссельдорф', aliases: ['Duesseldorf', 'Dusseldorf'], timeZone: DE },
  { slug: 'leipzig', country: 'DE', nameEn: 'Leipzig', nameDe: 'Leipzig', nameRu: 'Лейпциг', nameUk: 'Лейпциг', aliases: [], timeZone: DE },
  { slug: 'dresden', country: 'DE', nameEn: 'Dresden', nameDe: 'Dresden', nameRu: 'Дрезден', nameUk: 'Дрезден', aliases: [], timeZone: DE },
  { slug: 'nuernberg', country: 'DE', nameEn: 'Nuremberg', nameDe: 'Nürnberg', nameRu: 'Нюрнберг', nameUk: 'Нюрнберг', aliases: ['Nuernberg', 'Nurnberg'], timeZone: DE },
  { slug: 'bonn', country: 'DE', nameEn: 'Bonn', nameDe: 'Bonn', nameRu: 'Бонн', nameUk: 'Бонн', aliases: [], timeZone: DE },
  { slug: 'mainz', country: 'DE', nameEn: 'Mainz', nameDe: 'Mainz', nameRu: 'Майнц', nameUk: 'Майнц', aliases: [], timeZone: DE },
  { slug: 'chemnitz', country: 'DE', nameEn: 'Chemnitz', nameDe: 'Chemnitz', nameRu: 'Хемниц', nameUk: 'Хемніц', aliases: ['Karl-Marx-Stadt'], timeZone: DE },
  { slug: 'kassel', country: 'DE', nameEn: 'Kassel', nameDe: 'Kassel', nameRu: 'Кассель', nameUk: 'Кассель', aliases: [], timeZone: DE },
  {
    slug: 'freiburg-im-breisgau', country: 'DE', nameEn: 'Freiburg im Breisgau', nameDe: 'Freiburg im Breisgau',
    nameRu: 'Фрайбург-им-Брайсгау', nameUk: 'Фрайбург-ім-Брайсгау',
    aliases: ['Freiburg', 'Фрайбург'], timeZone: DE,
  },
  { slug: 'kiel', country: 'DE', nameEn: 'Kiel', nameDe: 'Kiel', nameRu: 'Киль', nameUk: 'Кіль', aliases: [], timeZone: DE },
  { slug: 'essen', country: 'DE', nameEn: 'Essen', nameDe: 'Essen', nameRu: 'Эссен', nameUk: 'Ессен', aliases: [], timeZone: DE },
  { slug: 'regensburg', country: 'DE', nameEn: 'Regensburg', nameDe: 'Regensburg', nameRu: 'Регенсбург', nameUk: 'Регенсбург', aliases: ['Ratisbon'], timeZone: DE },

  // ---------------------------------------------------------------- Ukraine
  { slug: 'kyiv', country: 'UA', nameEn: 'Kyiv', nameDe: 'Kiew', nameRu: 'Киев', nameUk: 'Київ', aliases: ['Kiev', 'Kyjiw', 'Kijew'], timeZone: UA },
  { slug: 'kharkiv', country: 'UA', nameEn: 'Kharkiv', nameDe: 'Charkiw', nameRu: 'Харьков', nameUk: 'Харків', aliases: ['Kharkov', 'Charkow'], timeZone: UA },
  { slug: 'odesa', country: 'UA', nameEn: 'Odesa', nameDe: 'Odessa', nameRu: 'Одесса', nameUk: 'Одеса', aliases: ['Odessa'], timeZone: UA },
  {
    slug: 'dnipro', country: 'UA', nameEn: 'Dnipro', nameDe: 'Dnipro', nameRu: 'Днепр', nameUk: 'Дніпро',
    aliases: ['Dnipropetrovsk', 'Dnepropetrovsk', 'Dnipropetrowsk', 'Dnjepropetrowsk', 'Dnepr', 'Днепропетровск', 'Дніпропетровськ'],
    timeZone: UA,
  },
  { slug: 'lviv', country: 'UA', nameEn: 'Lviv', nameDe: 'Lwiw', nameRu: 'Львов', nameUk: 'Львів', aliases: ['Lvov', 'Lemberg', 'Lwów'], timeZone: UA },
  {
    slug: 'zaporizhzhia', country: 'UA', nameEn: 'Zaporizhzhia', nameDe: 'Saporischschja', nameRu: 'Запорожье', nameUk: 'Запоріжжя',
    aliases: ['Zaporozhye', 'Zaporizhia', 'Zaporizhzhya', 'Saporoschje'], timeZone: UA,
  },
  { slug: 'mykolaiv', country: 'UA', nameEn: 'Mykolaiv', nameDe: 'Mykolajiw', nameRu: 'Николаев', nameUk: 'Миколаїв', aliases: ['Nikolaev', 'Nikolayev', 'Nikolajew'], timeZone: UA },
  { slug: 'chernihiv', country: 'UA', nameEn: 'Chernihiv', nameDe: 'Tschernihiw', nameRu: 'Чернигов', nameUk: 'Чернігів', aliases: ['Chernigov', 'Tschernigow'], timeZone: UA },
  { slug: 'vinnytsia', country: 'UA', nameEn: 'Vinnytsia', nameDe: 'Winnyzja', nameRu: 'Винница', nameUk: 'Вінниця', aliases: ['Vinnitsa', 'Vinnytsya', 'Winniza'], timeZone: UA },
  { slug: 'poltava', country: 'UA', nameEn: 'Poltava', nameDe: 'Poltawa', nameRu: 'Полтава', nameUk: 'Полтава', aliases: [], timeZone: UA },
  {
    slug: 'chernivtsi', country: 'UA', nameEn: 'Chernivtsi', nameDe: 'Czernowitz', nameRu: 'Черновцы', nameUk: 'Чернівці',
    aliases: ['Chernovtsy', 'Tscherniwzi', 'Cernăuți', 'Czerniowce'], timeZone: UA,
  },
  {
    slug: 'ivano-frankivsk', country: 'UA', nameEn: 'Ivano-Frankivsk', nameDe: 'Iwano-Frankiwsk', nameRu: 'Ивано-Франковск', nameUk: 'Івано-Франківськ',
    aliases: ['Ivano-Frankovsk', 'Iwano-Frankowsk', 'Stanislau', 'Stanisławów'], timeZone: UA,
  },
  { slug: 'zhytomyr', country: 'UA', nameEn: 'Zhytomyr', nameDe: 'Schytomyr', nameRu: 'Житомир', nameUk: 'Житомир', aliases: ['Zhitomir', 'Shitomir'], timeZone: UA },
  { slug: 'uzhhorod', country: 'UA', nameEn: 'Uzhhorod', nameDe: 'Uschhorod', nameRu: 'Ужгород', nameUk: 'Ужгород', aliases: ['Uzhgorod', 'Ungvár'], timeZone: UA },
  { slug: 'kherson', country: 'UA', nameEn: 'Kherson', nameDe: 'Cherson', nameRu: 'Херсон', nameUk: 'Херсон', aliases: [], timeZone: UA },

  // ---------------------------------------------------------------- Belarus
  // Belarusian-language spellings (Cyrillic and Latin) are listed as aliases.
  { slug: 'minsk', country: 'BY', nameEn: 'Minsk', nameDe: 'Minsk', nameRu: 'Минск', nameUk: 'Мінськ', aliases: ['Мінск', 'Miensk'], timeZone: BY },
  {
    slug: 'brest', country: 'BY', nameEn: 'Brest', nameDe: 'Brest', nameRu: 'Брест', nameUk: 'Брест',
    aliases: ['Брэст', 'Берестя', 'Brest-Litovsk', 'Brest-Litowsk', 'Brześć'], timeZone: BY,
  },
  { slug: 'grodno', country: 'BY', nameEn: 'Grodno', nameDe: 'Grodno', nameRu: 'Гродно', nameUk: 'Гродно', aliases: ['Hrodna', 'Гродна'], timeZone: BY },
  { slug: 'gomel', country: 'BY', nameEn: 'Gomel', nameDe: 'Gomel', nameRu: 'Гомель', nameUk: 'Гомель', aliases: ['Homel', 'Homiel', 'Homyel'], timeZone: BY },
  {
    slug: 'mogilev', country: 'BY', nameEn: 'Mogilev', nameDe: 'Mogiljow', nameRu: 'Могилёв', nameUk: 'Могильов',
    aliases: ['Mahilyow', 'Mahiliou', 'Mahiljou', 'Mogilyov', 'Магілёў'], timeZone: BY,
  },
  {
    slug: 'vitebsk', country: 'BY', nameEn: 'Vitebsk', nameDe: 'Witebsk', nameRu: 'Витебск', nameUk: 'Вітебськ',
    aliases: ['Vitsebsk', 'Viciebsk', 'Wizebsk', 'Віцебск'], timeZone: BY,
  },
  {
    slug: 'babruysk', country: 'BY', nameEn: 'Babruysk', nameDe: 'Bobruisk', nameRu: 'Бобруйск', nameUk: 'Бобруйськ',
    aliases: ['Bobruysk', 'Babrujsk', 'Бабруйск'], timeZone: BY,
  },
  {
    slug: 'baranavichy', country: 'BY', nameEn: 'Baranavichy', nameDe: 'Baranowitschi', nameRu: 'Барановичи', nameUk: 'Барановичі',
    aliases: ['Baranovichi', 'Baranawitschy', 'Баранавічы'], timeZone: BY,
  },
  { slug: 'pinsk', country: 'BY', nameEn: 'Pinsk', nameDe: 'Pinsk', nameRu: 'Пинск', nameUk: 'Пінськ', aliases: ['Пінск'], timeZone: BY },

  // ---------------------------------------------------------------- Russia
  { slug: 'moscow', country: 'RU', nameEn: 'Moscow', nameDe: 'Moskau', nameRu: 'Москва', nameUk: 'Москва', aliases: ['Moskva', 'Moskwa'], timeZone: MSK },
  {
    slug: 'saint-petersburg', country: 'RU', nameEn: 'Saint Petersburg', nameDe: 'Sankt Petersburg', nameRu: 'Санкт-Петербург', nameUk: 'Санкт-Петербург',
    aliases: ['St. Petersburg', 'St Petersburg', 'Sankt-Peterburg', 'Leningrad', 'Ленинград', 'Petrograd', 'Питер'], timeZone: MSK,
  },
  { slug: 'volgograd', country: 'RU', nameEn: 'Volgograd', nameDe: 'Wolgograd', nameRu: 'Волгоград', nameUk: 'Волгоград', aliases: ['Stalingrad', 'Сталинград', 'Tsaritsyn'], timeZone: 'Europe/Volgograd' },
  { slug: 'novosibirsk', country: 'RU', nameEn: 'Novosibirsk', nameDe: 'Nowosibirsk', nameRu: 'Новосибирск', nameUk: 'Новосибірськ', aliases: [], timeZone: 'Asia/Novosibirsk' },
  {
    slug: 'yekaterinburg', country: 'RU', nameEn: 'Yekaterinburg', nameDe: 'Jekaterinburg', nameRu: 'Екатеринбург', nameUk: 'Єкатеринбург',
    aliases: ['Ekaterinburg', 'Sverdlovsk', 'Swerdlowsk', 'Свердловск'], timeZone: 'Asia/Yekaterinburg',
  },
  { slug: 'kaliningrad', country: 'RU', nameEn: 'Kaliningrad', nameDe: 'Kaliningrad', nameRu: 'Калининград', nameUk: 'Калінінград', aliases: ['Königsberg', 'Кёнигсберг'], timeZone: 'Europe/Kaliningrad' },
  { slug: 'samara', country: 'RU', nameEn: 'Samara', nameDe: 'Samara', nameRu: 'Самара', nameUk: 'Самара', aliases: ['Kuybyshev', 'Kuibyschew', 'Куйбышев'], timeZone: 'Europe/Samara' },
  {
    slug: 'nizhny-novgorod', country: 'RU', nameEn: 'Nizhny Novgorod', nameDe: 'Nischni Nowgorod', nameRu: 'Нижний Новгород', nameUk: 'Нижній Новгород',
    aliases: ['Nizhniy Novgorod', 'Gorky', 'Gorki', 'Горький'], timeZone: MSK,
  },
  { slug: 'yaroslavl', country: 'RU', nameEn: 'Yaroslavl', nameDe: 'Jaroslawl', nameRu: 'Ярославль', nameUk: 'Ярославль', aliases: [], timeZone: MSK },
  { slug: 'kazan', country: 'RU', nameEn: 'Kazan', nameDe: 'Kasan', nameRu: 'Казань', nameUk: 'Казань', aliases: [], timeZone: MSK },
];
