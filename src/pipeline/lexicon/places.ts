/**
 * Places and venues where US–China meetings happen, with ISO 3166-1 alpha-3 country codes.
 * Venues are recognised anywhere ("a Pentagon news conference"); places after "in"/"at".
 */
export const VENUES: Record<string, string> = {
  Pentagon: "USA",
  "White House": "USA",
  "State Department": "USA",
  "Camp David": "USA",
  Sunnylands: "USA",
  "Annenberg Retreat": "USA",
  "Great Hall of the People": "CHN",
  Zhongnanhai: "CHN",
  "Diaoyutai State Guesthouse": "CHN",
  "Bayi Building": "CHN",
  "Shangri-La Hotel": "SGP",
};

/** The town each venue is in, so "the Pentagon" and "Washington" are one place for merging. */
export const VENUE_TOWNS: Record<string, string[]> = {
  Pentagon: ["Washington", "Arlington"],
  "White House": ["Washington"],
  "State Department": ["Washington"],
  Sunnylands: ["Rancho Mirage", "Palm Springs", "California"],
  "Annenberg Retreat": ["Rancho Mirage", "Palm Springs", "California", "Sunnylands"],
  "Great Hall of the People": ["Beijing"],
  Zhongnanhai: ["Beijing"],
  "Diaoyutai State Guesthouse": ["Beijing"],
  "Bayi Building": ["Beijing"],
  "Shangri-La Hotel": ["Singapore"],
};

export const PLACES: Record<string, string> = {
  Washington: "USA",
  "San Jose": "USA",
  "Rancho Mirage": "USA",
  "Palm Springs": "USA",
  California: "USA",
  Hawaii: "USA",
  Honolulu: "USA",
  "New York": "USA",
  "San Francisco": "USA",
  "Los Angeles": "USA",
  "Pearl Harbor": "USA",
  Arlington: "USA",
  "United States": "USA",
  Beijing: "CHN",
  Shanghai: "CHN",
  Guangzhou: "CHN",
  Chengdu: "CHN",
  Qingdao: "CHN",
  Nanjing: "CHN",
  Hangzhou: "CHN",
  China: "CHN",
  "Hong Kong": "CHN",
  Singapore: "SGP",
  Hanoi: "VNM",
  "Phnom Penh": "KHM",
  Bali: "IDN",
  Jakarta: "IDN",
  "Bandar Seri Begawan": "BRN",
  Brunei: "BRN",
  Seoul: "KOR",
  Tokyo: "JPN",
  Manila: "PHL",
  "Kuala Lumpur": "MYS",
  Vladivostok: "RUS",
  Moscow: "RUS",
  "St. Petersburg": "RUS",
  London: "GBR",
  Paris: "FRA",
  Brussels: "BEL",
  Geneva: "CHE",
  Yokosuka: "JPN",
};

/** US state abbreviations in AP style, which mark "Town, St." as a US place. */
export const US_STATE_ABBR =
  /^(Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Vt|Va|Wash|W\.Va|Wis|Wyo|D\.C)\.?$/;
