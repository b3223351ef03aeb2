/**
 * Site section labels seen above headlines ("World Media" in seed 004; menu
 * sections of news sites). A first line made only of these words is a section
 * label, not a headline.
 */
export const SECTION_WORDS = new Set(
  (
    "world media news politics business tech technology science health sport sports entertainment opinion " +
    "opinions us u.s. uk local national international europe asia africa americas middle east economy markets " +
    "breaking top stories home lifestyle life culture arts travel video videos photos latest finance money " +
    "education environment climate crime justice law legal weather nation region regional metro city state " +
    "government elections election security defense defence military world's global analysis features feature " +
    "commentary editorial editorials blogs blog columns column insight investigations fact check live updates " +
    "and & - – | / : showbiz celebrity celebrities music movies film tv television books food style fashion " +
    "auto autos cars real estate property careers jobs religion society social people obituaries australia " +
    "canada india china russia ukraine syria asia-pacific pacific latin america north south west east central"
  ).split(" "),
);
