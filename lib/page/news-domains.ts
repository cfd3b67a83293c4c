// Well-known Arabic-language news sites, bundled so detection works offline and without asking anyone.
// An entry matches its host and every subdomain (www., m., amp.). When only part of a site is Arabic
// (BBC, France 24, DW…), `path` names the Arabic edition and must match a whole leading path segment,
// so '/ar' matches '/ar' and '/ar/…' but not '/archive'.
// Being on this list is evidence, not proof: the page must still read as Arabic text.

export interface NewsDomain {
  host: string;
  path?: string;
  name: string;
}

export const NEWS_DOMAINS: readonly NewsDomain[] = [
  // Pan-Arab and international broadcasters' Arabic editions
  { host: 'aljazeera.net', name: 'Al Jazeera' },
  { host: 'alarabiya.net', name: 'Al Arabiya' },
  { host: 'skynewsarabia.com', name: 'Sky News Arabia' },
  { host: 'bbc.com', path: '/arabic', name: 'BBC Arabic' },
  { host: 'bbc.co.uk', path: '/arabic', name: 'BBC Arabic' },
  { host: 'arabic.cnn.com', name: 'CNN Arabic' },
  { host: 'arabic.rt.com', name: 'RT Arabic' },
  { host: 'france24.com', path: '/ar', name: 'France 24 Arabic' },
  { host: 'dw.com', path: '/ar', name: 'DW Arabic' },
  { host: 'arabic.euronews.com', name: 'Euronews Arabic' },
  { host: 'arabic.sputniknews.com', name: 'Sputnik Arabic' },
  { host: 'sputnikarabic.ae', name: 'Sputnik Arabic' },
  { host: 'independentarabia.com', name: 'Independent Arabia' },
  { host: 'alhurra.com', name: 'Alhurra' },
  { host: 'trtarabi.com', name: 'TRT Arabi' },
  { host: 'aa.com.tr', path: '/ar', name: 'Anadolu Agency Arabic' },
  { host: 'mc-doualiya.com', name: 'Monte Carlo Doualiya' },
  { host: 'news.un.org', path: '/ar', name: 'UN News Arabic' },
  { host: 'arabic.news.cn', name: 'Xinhua Arabic' },
  { host: 'almayadeen.net', name: 'Al Mayadeen' },
  { host: 'asharq.com', name: 'Asharq News' },
  { host: 'cnbcarabia.com', name: 'CNBC Arabia' },
  { host: 'aawsat.com', name: 'Asharq Al-Awsat' },
  { host: 'alquds.co.uk', name: 'Al-Quds Al-Arabi' },
  { host: 'alaraby.co.uk', name: 'Al-Araby Al-Jadeed' },
  { host: 'arabi21.com', name: 'Arabi21' },
  { host: 'elaph.com', name: 'Elaph' },
  { host: 'alkhaleejonline.net', name: 'Alkhaleej Online' },
  // Egypt
  { host: 'youm7.com', name: 'Youm7' },
  { host: 'masrawy.com', name: 'Masrawy' },
  { host: 'almasryalyoum.com', name: 'Al-Masry Al-Youm' },
  { host: 'akhbarelyom.com', name: 'Akhbar El-Yom' },
  { host: 'ahram.org.eg', name: 'Al-Ahram' },
  { host: 'shorouknews.com', name: 'Al-Shorouk' },
  { host: 'elwatannews.com', name: 'El Watan News' },
  { host: 'alwafd.news', name: 'Al-Wafd' },
  { host: 'dostor.org', name: 'Al-Dostor' },
  { host: 'vetogate.com', name: 'Veto' },
  { host: 'albawabhnews.com', name: 'Al-Bawaba News' },
  // Levant
  { host: 'annahar.com', name: 'An-Nahar' },
  { host: 'lbcgroup.tv', name: 'LBCI' },
  { host: 'almanar.com.lb', name: 'Al-Manar' },
  { host: 'aljoumhouria.com', name: 'Al-Joumhouria' },
  { host: 'al-akhbar.com', name: 'Al-Akhbar' },
  { host: 'almodon.com', name: 'Al-Modon' },
  { host: 'elnashra.com', name: 'Elnashra' },
  { host: 'lebanon24.com', name: 'Lebanon24' },
  { host: 'nna-leb.gov.lb', name: 'National News Agency (Lebanon)' },
  { host: 'mtv.com.lb', name: 'MTV Lebanon' },
  { host: 'aljadeed.tv', name: 'Al Jadeed' },
  { host: 'sana.sy', name: 'SANA' },
  { host: 'enabbaladi.net', name: 'Enab Baladi' },
  { host: 'alghad.com', name: 'Al-Ghad' },
  { host: 'alrai.com', name: 'Al-Rai (Jordan)' },
  { host: 'addustour.com', name: 'Addustour' },
  { host: 'ammonnews.net', name: 'Ammon News' },
  { host: 'royanews.tv', name: 'Roya News' },
  { host: 'alquds.com', name: 'Al-Quds' },
  { host: 'wafa.ps', name: 'WAFA' },
  { host: 'maannews.net', name: "Ma'an News" },
  { host: 'arab48.com', name: 'Arab48' },
  // Iraq
  { host: 'alsumaria.tv', name: 'Alsumaria' },
  { host: 'shafaq.com', path: '/ar', name: 'Shafaq News' },
  { host: 'ina.iq', name: 'Iraqi News Agency' },
  { host: 'almadapaper.net', name: 'Al-Mada' },
  { host: 'rudaw.net', path: '/arabic', name: 'Rudaw Arabic' },
  // Gulf
  { host: 'alkhaleej.ae', name: 'Al Khaleej' },
  { host: 'albayan.ae', name: 'Al Bayan' },
  { host: 'alittihad.ae', name: 'Al Ittihad' },
  { host: 'emaratalyoum.com', name: 'Emarat Al Youm' },
  { host: 'alroeya.com', name: 'Al Roeya' },
  { host: 'wam.ae', path: '/ar', name: 'WAM' },
  { host: 'okaz.com.sa', name: 'Okaz' },
  { host: 'alriyadh.com', name: 'Al Riyadh' },
  { host: 'alwatan.com.sa', name: 'Al Watan (Saudi Arabia)' },
  { host: 'aleqt.com', name: 'Al Eqtisadiah' },
  { host: 'sabq.org', name: 'Sabq' },
  { host: 'spa.gov.sa', name: 'Saudi Press Agency' },
  { host: 'al-madina.com', name: 'Al-Madina' },
  { host: 'makkahnewspaper.com', name: 'Makkah' },
  { host: 'alqabas.com', name: 'Al-Qabas' },
  { host: 'alraimedia.com', name: 'Al-Rai (Kuwait)' },
  { host: 'aljarida.com', name: 'Al-Jarida' },
  { host: 'alanba.com.kw', name: 'Al-Anba' },
  { host: 'kuna.net.kw', name: 'KUNA' },
  { host: 'al-sharq.com', name: 'Al Sharq (Qatar)' },
  { host: 'raya.com', name: 'Al Raya' },
  { host: 'al-watan.com', name: 'Al Watan (Qatar)' },
  { host: 'alwatannews.net', name: 'Al Watan (Bahrain)' },
  { host: 'alayam.com', name: 'Al Ayam (Bahrain)' },
  { host: 'omandaily.om', name: 'Oman Daily' },
  { host: 'alwatan.com', name: 'Al Watan (Oman)' },
  { host: 'almasdaronline.com', name: 'Al-Masdar Online' },
  // Maghreb, Libya, Sudan
  { host: 'hespress.com', name: 'Hespress' },
  { host: 'alyaoum24.com', name: 'Alyaoum24' },
  { host: 'echoroukonline.com', name: 'Echorouk' },
  { host: 'elkhabar.com', name: 'El Khabar' },
  { host: 'ennaharonline.com', name: 'Ennahar' },
  { host: 'aps.dz', path: '/ar', name: 'Algeria Press Service' },
  { host: 'assabah.com.tn', name: 'Assabah' },
  { host: 'alchourouk.com', name: 'Al Chourouk' },
  { host: 'mosaiquefm.net', path: '/ar', name: 'Mosaique FM' },
  { host: 'alwasat.ly', name: 'Al Wasat (Libya)' },
  { host: 'alrakoba.net', name: 'Alrakoba' },
];

function hostMatches(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

function pathMatches(pathname: string, prefix: string | undefined): boolean {
  if (prefix === undefined) return true;
  const path = pathname.toLowerCase();
  return path === prefix || path.startsWith(`${prefix}/`);
}

/** The news site a URL belongs to, or undefined (also for a URL that does not parse). */
export function findNewsDomain(url: string): NewsDomain | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const host = parsed.hostname.toLowerCase();
  return NEWS_DOMAINS.find(
    (entry) => hostMatches(host, entry.host) && pathMatches(parsed.pathname, entry.path),
  );
}
