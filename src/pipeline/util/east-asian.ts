/**
 * Text in the scripts of Chinese, Japanese and Korean, and their full-width punctuation. An
 * English story on a Chinese, Taiwanese or Japanese site keeps the site's own chrome around its
 * stamp ("2011-03-09 08:31  出处：例句网", "【收藏本页】"), and bilingual pages set a
 * translation after each paragraph; the pipeline reads the English.
 */
const EAST_ASIAN_CHARS = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF00-\uFFEF`;

/** A token (between spaces) that holds any East Asian character: "出处：例句网", "微信：examplenews". */
export const EAST_ASIAN_TOKEN = new RegExp(String.raw`[^\s]*[${EAST_ASIAN_CHARS}][^\s]*`, "gu");

/** The marks that end or divide an East Asian sentence: a line with one is prose, not a stamp. */
export const EAST_ASIAN_SENTENCE = /[。，！？；]/u;
