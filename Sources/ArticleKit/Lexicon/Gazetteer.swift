/// A compact gazetteer written for Byline: countries with their short forms and demonyms, capitals and major
/// cities, US states, and regions. Used as evidence that a name is a place, to merge short forms ("U.S.",
/// "US", "America") with the full name, and to tell demonyms ("Russian") from names.
enum Gazetteer {
    /// One place: its canonical name and every other form that names the same place.
    struct Place: Sendable {
        var name: String
        var aliases: [String]
        var demonyms: [String]
    }

    /// Countries: "Name|alias,alias|demonym,demonym".
    private static let countryTable = """
        Afghanistan||Afghan,Afghans
        Albania||Albanian,Albanians
        Algeria||Algerian,Algerians
        Andorra||Andorran
        Angola||Angolan,Angolans
        Argentina||Argentine,Argentinian,Argentines,Argentinians
        Armenia||Armenian,Armenians
        Australia||Australian,Australians,Aussie,Aussies
        Austria||Austrian,Austrians
        Azerbaijan||Azerbaijani,Azeri,Azerbaijanis,Azeris
        Bahamas|The Bahamas|Bahamian
        Bahrain||Bahraini,Bahrainis
        Bangladesh||Bangladeshi,Bangladeshis
        Barbados||Barbadian
        Belarus||Belarusian,Belarusians
        Belgium||Belgian,Belgians
        Belize||Belizean
        Benin||Beninese
        Bhutan||Bhutanese
        Bolivia||Bolivian,Bolivians
        Bosnia and Herzegovina|Bosnia|Bosnian,Bosnians
        Botswana||Botswanan
        Brazil||Brazilian,Brazilians
        Brunei||Bruneian
        Bulgaria||Bulgarian,Bulgarians
        Burkina Faso||Burkinabe
        Burundi||Burundian
        Cambodia||Cambodian,Cambodians
        Cameroon||Cameroonian,Cameroonians
        Canada||Canadian,Canadians
        Cape Verde||Cape Verdean
        Central African Republic||
        Chad||Chadian,Chadians
        Chile||Chilean,Chileans
        China|People's Republic of China,PRC,Mainland China|Chinese
        Colombia||Colombian,Colombians
        Comoros||Comoran
        Congo|Democratic Republic of Congo,Democratic Republic of the Congo,DR Congo,DRC,Republic of Congo|Congolese
        Costa Rica||Costa Rican,Costa Ricans
        Croatia||Croatian,Croatians,Croat,Croats
        Cuba||Cuban,Cubans
        Cyprus||Cypriot,Cypriots
        Czech Republic|Czechia|Czech,Czechs
        Denmark||Danish,Dane,Danes
        Djibouti||Djiboutian
        Dominican Republic||Dominican,Dominicans
        Ecuador||Ecuadorian,Ecuadorians,Ecuadorean
        Egypt||Egyptian,Egyptians
        El Salvador||Salvadoran,Salvadorans,Salvadorian
        Equatorial Guinea||Equatoguinean
        Eritrea||Eritrean,Eritreans
        Estonia||Estonian,Estonians
        Eswatini|Swaziland|Swazi
        Ethiopia||Ethiopian,Ethiopians
        Fiji||Fijian,Fijians
        Finland||Finnish,Finn,Finns
        France||French,Frenchman,Frenchmen,Frenchwoman
        Gabon||Gabonese
        Gambia|The Gambia|Gambian,Gambians
        Georgia||Georgian,Georgians
        Germany||German,Germans
        Ghana||Ghanaian,Ghanaians
        Greece||Greek,Greeks
        Grenada||Grenadian
        Guatemala||Guatemalan,Guatemalans
        Guinea||Guinean,Guineans
        Guinea-Bissau||
        Guyana||Guyanese
        Haiti||Haitian,Haitians
        Honduras||Honduran,Hondurans
        Hungary||Hungarian,Hungarians
        Iceland||Icelandic,Icelander,Icelanders
        India||Indian,Indians
        Indonesia||Indonesian,Indonesians
        Iran|Islamic Republic of Iran,Persia|Iranian,Iranians,Persian,Persians
        Iraq||Iraqi,Iraqis
        Ireland|Republic of Ireland,Eire|Irish,Irishman,Irishmen
        Israel||Israeli,Israelis
        Italy||Italian,Italians
        Ivory Coast|Cote d'Ivoire,Côte d'Ivoire,Côte d’Ivoire|Ivorian,Ivorians
        Jamaica||Jamaican,Jamaicans
        Japan||Japanese
        Jordan||Jordanian,Jordanians
        Kazakhstan||Kazakh,Kazakhs,Kazakhstani
        Kenya||Kenyan,Kenyans
        Kosovo||Kosovar,Kosovars,Kosovan
        Kuwait||Kuwaiti,Kuwaitis
        Kyrgyzstan|Kyrgyzia|Kyrgyz
        Laos||Laotian,Laotians,Lao
        Latvia||Latvian,Latvians
        Lebanon||Lebanese
        Lesotho||Basotho
        Liberia||Liberian,Liberians
        Libya||Libyan,Libyans
        Liechtenstein||
        Lithuania||Lithuanian,Lithuanians
        Luxembourg||Luxembourger,Luxembourgish
        Madagascar||Malagasy
        Malawi||Malawian,Malawians
        Malaysia||Malaysian,Malaysians
        Maldives||Maldivian
        Mali||Malian,Malians
        Malta||Maltese
        Mauritania||Mauritanian,Mauritanians
        Mauritius||Mauritian
        Mexico||Mexican,Mexicans
        Moldova||Moldovan,Moldovans
        Monaco||Monegasque
        Mongolia||Mongolian,Mongolians
        Montenegro||Montenegrin
        Morocco||Moroccan,Moroccans
        Mozambique||Mozambican,Mozambicans
        Myanmar|Burma|Burmese
        Namibia||Namibian,Namibians
        Nepal||Nepali,Nepalese
        Netherlands|Holland,The Netherlands|Dutch,Dutchman
        New Zealand||New Zealander,New Zealanders,Kiwi,Kiwis
        Nicaragua||Nicaraguan,Nicaraguans
        Niger||Nigerien
        Nigeria||Nigerian,Nigerians
        North Korea|Democratic People's Republic of Korea,DPRK|North Korean,North Koreans
        North Macedonia|Macedonia|Macedonian,Macedonians
        Norway||Norwegian,Norwegians
        Oman||Omani,Omanis
        Pakistan||Pakistani,Pakistanis
        Palestine|Palestinian Territories,Palestinian territories|Palestinian,Palestinians
        Panama||Panamanian,Panamanians
        Papua New Guinea||Papua New Guinean
        Paraguay||Paraguayan,Paraguayans
        Peru||Peruvian,Peruvians
        Philippines|The Philippines|Filipino,Filipinos,Philippine,Filipina
        Poland||Polish,Pole,Poles
        Portugal||Portuguese
        Qatar||Qatari,Qataris
        Romania||Romanian,Romanians
        Russia|Russian Federation|Russian,Russians
        Rwanda||Rwandan,Rwandans
        Saudi Arabia|Saudi|Saudi,Saudis,Saudi Arabian
        Senegal||Senegalese
        Serbia||Serbian,Serbians,Serb,Serbs
        Sierra Leone||Sierra Leonean
        Singapore||Singaporean,Singaporeans
        Slovakia||Slovak,Slovaks,Slovakian
        Slovenia||Slovenian,Slovenians,Slovene,Slovenes
        Somalia||Somali,Somalis
        South Africa||South African,South Africans
        South Korea|Republic of Korea,ROK|South Korean,South Koreans
        South Sudan||South Sudanese
        Spain||Spanish,Spaniard,Spaniards
        Sri Lanka||Sri Lankan,Sri Lankans
        Sudan||Sudanese
        Suriname||Surinamese
        Sweden||Swedish,Swede,Swedes
        Switzerland||Swiss
        Syria||Syrian,Syrians
        Taiwan||Taiwanese
        Tajikistan||Tajik,Tajiks
        Tanzania||Tanzanian,Tanzanians
        Thailand||Thai,Thais
        Togo||Togolese
        Trinidad and Tobago|Trinidad|Trinidadian
        Tunisia||Tunisian,Tunisians
        Turkey|Türkiye|Turkish,Turk,Turks
        Turkmenistan||Turkmen
        Uganda||Ugandan,Ugandans
        Ukraine|The Ukraine|Ukrainian,Ukrainians
        United Arab Emirates|UAE,U.A.E.,Emirates|Emirati,Emiratis
        United Kingdom|UK,U.K.,Britain,Great Britain|British,Briton,Britons,Brit,Brits
        United States|U.S.,US,USA,U.S.A.,United States of America,America|American,Americans
        Uruguay||Uruguayan,Uruguayans
        Uzbekistan||Uzbek,Uzbeks
        Vatican|Vatican City,Holy See|
        Venezuela||Venezuelan,Venezuelans
        Vietnam|Viet Nam|Vietnamese
        Yemen||Yemeni,Yemenis
        Zambia||Zambian,Zambians
        Zimbabwe||Zimbabwean,Zimbabweans
        England||English,Englishman,Englishmen
        Scotland||Scottish,Scot,Scots
        Wales||Welsh
        Northern Ireland||Northern Irish
        Hong Kong||Hong Konger
        Macau|Macao|
        Puerto Rico||Puerto Rican,Puerto Ricans
        Greenland||Greenlandic
        Tibet||Tibetan,Tibetans
        Chechnya||Chechen,Chechens
        Dagestan||Dagestani
        Kurdistan||Kurdish,Kurd,Kurds
        Crimea||Crimean
        Gaza|Gaza Strip|Gazan,Gazans
        West Bank||
        Soviet Union|USSR,U.S.S.R.|
        Korea||Korean,Koreans
        """

    /// US states: "Name|abbreviations".
    private static let stateTable = """
        Alabama|Ala.
        Alaska
        Arizona|Ariz.
        Arkansas|Ark.
        California|Calif.,CA
        Colorado|Colo.
        Connecticut|Conn.
        Delaware|Del.
        Florida|Fla.,FL
        Hawaii
        Idaho
        Illinois|Ill.
        Indiana|Ind.
        Iowa
        Kansas|Kan.,Kans.
        Kentucky|Ky.
        Louisiana|La.
        Maine
        Maryland|Md.
        Massachusetts|Mass.
        Michigan|Mich.
        Minnesota|Minn.
        Mississippi|Miss.
        Missouri|Mo.
        Montana|Mont.
        Nebraska|Neb.
        Nevada|Nev.
        New Hampshire|N.H.,NH
        New Jersey|N.J.,NJ
        New Mexico|N.M.,NM
        New York|N.Y.,NY,New York State
        North Carolina|N.C.,NC
        North Dakota|N.D.,ND
        Ohio
        Oklahoma|Okla.
        Oregon|Ore.
        Pennsylvania|Pa.
        Rhode Island|R.I.,RI
        South Carolina|S.C.,SC
        South Dakota|S.D.,SD
        Tennessee|Tenn.
        Texas|Tex.,TX
        Utah
        Vermont|Vt.
        Virginia|Va.
        Washington State|Wash.
        West Virginia|W.Va.,WV
        Wisconsin|Wis.
        Wyoming|Wyo.
        District of Columbia|D.C.,DC
        """

    /// Capitals, major cities and other well-known places, one per line (aliases after "|").
    private static let cityTable = """
        Washington|Washington D.C.,Washington DC
        New York City|NYC,New York
        Los Angeles|L.A.
        Chicago
        Houston
        Philadelphia
        Phoenix
        San Antonio
        San Diego
        Dallas
        San Francisco
        Seattle
        Boston
        Detroit
        Atlanta
        Miami
        Denver
        Las Vegas
        Baltimore
        Cleveland
        Pittsburgh
        St. Louis
        New Orleans
        Minneapolis
        Portland
        Orlando
        Tampa
        Austin
        Nashville
        Memphis
        Charlotte
        Milwaukee
        Cincinnati
        Kansas City
        Sacramento
        Salt Lake City
        Honolulu
        Anchorage
        Buffalo
        Newark
        Trenton
        Albany
        Brooklyn
        Manhattan
        Queens
        Bronx
        Staten Island
        Silicon Valley
        Hollywood
        Wall Street
        Des Moines
        Omaha
        Richmond
        Raleigh
        Columbus
        Indianapolis
        Louisville
        Oakland
        Toronto
        Montreal
        Vancouver
        Ottawa
        Calgary
        Mexico City
        Havana
        Caracas
        Bogota|Bogotá
        Lima
        Santiago
        Buenos Aires
        Sao Paulo|São Paulo
        Rio de Janeiro|Rio
        Brasilia|Brasília
        Montevideo
        Quito
        La Paz
        London
        Manchester
        Birmingham
        Liverpool
        Leeds
        Glasgow
        Edinburgh
        Cardiff
        Belfast
        Dublin
        Oxford
        Cambridge
        Bristol
        Paris
        Marseille
        Lyon
        Berlin
        Munich
        Frankfurt
        Hamburg
        Cologne
        Bonn
        Madrid
        Barcelona
        Lisbon
        Rome
        Milan
        Naples
        Venice
        Florence
        Amsterdam
        The Hague
        Rotterdam
        Brussels
        Luxembourg City
        Geneva
        Zurich|Zürich
        Bern
        Vienna
        Prague
        Warsaw
        Budapest
        Bucharest
        Sofia
        Belgrade
        Zagreb
        Sarajevo
        Athens
        Stockholm
        Oslo
        Copenhagen
        Helsinki
        Reykjavik
        Tallinn
        Riga
        Vilnius
        Minsk
        Kiev|Kyiv
        Moscow
        St. Petersburg|Saint Petersburg
        Istanbul
        Ankara
        Tbilisi
        Yerevan
        Baku
        Tehran
        Baghdad
        Damascus
        Aleppo
        Beirut
        Amman
        Jerusalem
        Tel Aviv
        Cairo
        Alexandria
        Riyadh
        Jeddah
        Mecca
        Doha
        Dubai
        Abu Dhabi
        Kuwait City
        Manama
        Muscat
        Sanaa
        Kabul
        Islamabad
        Karachi
        Lahore
        New Delhi|Delhi
        Mumbai|Bombay
        Kolkata|Calcutta
        Chennai|Madras
        Bangalore|Bengaluru
        Dhaka
        Kathmandu
        Colombo
        Beijing|Peking
        Shanghai
        Guangzhou
        Shenzhen
        Wuhan
        Tokyo
        Osaka
        Kyoto
        Seoul
        Pyongyang
        Taipei
        Manila
        Jakarta
        Surabaya
        Kuala Lumpur
        Bangkok
        Hanoi
        Ho Chi Minh City|Saigon
        Phnom Penh
        Yangon|Rangoon
        Sydney
        Melbourne
        Canberra
        Brisbane
        Perth
        Adelaide
        Auckland
        Wellington
        Nairobi
        Lagos
        Abuja
        Johannesburg
        Cape Town
        Pretoria
        Addis Ababa
        Khartoum
        Tripoli
        Tunis
        Algiers
        Rabat
        Casablanca
        Dakar
        Accra
        Kinshasa
        Kampala
        Kigali
        Harare
        Mogadishu
        Tashkent
        Astana
        Bishkek
        Grozny
        Sochi
        Kandahar
        Mosul
        Raqqa
        Fallujah
        Basra
        Benghazi
        Gaza City
        Hebron
        Ramallah
        Haifa
        Bali
        Java
        Sumatra
        Borneo
        Sulawesi
        Papua
        Mindanao
        Luzon
        Sicily
        Sardinia
        Corsica
        Crete
        Cyprus
        Tasmania
        Hokkaido
        Okinawa
        Hainan
        Zanzibar
        Madeira
        Canary Islands
        Falklands|Falkland Islands
        Hawaii
        Guam
        Long Island
        Cape Cod
        Martha's Vineyard
        Earth
        """

    /// Continents, regions and geographic features.
    private static let regionTable = """
        Europe
        Asia
        Africa
        North America
        South America
        Latin America
        Central America
        Antarctica
        Arctic
        Middle East|Mideast
        Near East
        Far East
        Gulf|Persian Gulf,Arabian Gulf
        Caribbean
        Balkans
        Caucasus
        Scandinavia
        Siberia
        Kashmir
        Central Asia
        South Asia
        Southeast Asia|South-East Asia
        East Asia
        Eastern Europe
        Western Europe
        Sub-Saharan Africa
        West Africa
        East Africa
        North Africa
        Horn of Africa
        Sahara
        Sahel
        Mediterranean
        Atlantic|Atlantic Ocean
        Pacific|Pacific Ocean
        Indian Ocean
        Black Sea
        Red Sea
        Caspian Sea
        Baltic|Baltic Sea
        South China Sea
        North Sea
        Alps
        Himalayas
        Midwest
        New England
        Appalachia
        Sun Belt
        Rust Belt
        Bay Area
        West Coast
        East Coast
        Gulf Coast
        Golan Heights
        Sinai
        Donbas|Donbass
        Kurdistan
        """

    /// Every place, keyed by every name and alias in lower case.
    static let places: [String: Place] = {
        var table: [String: Place] = [:]
        func add(_ place: Place) {
            for name in [place.name] + place.aliases where table[name.lowercased()] == nil {
                table[name.lowercased()] = place
            }
        }
        for line in countryTable.split(separator: "\n") {
            let parts = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            let aliases = parts.count > 1 ? parts[1].split(separator: ",").map(String.init) : []
            let demonyms = parts.count > 2 ? parts[2].split(separator: ",").map(String.init) : []
            add(Place(name: parts[0], aliases: aliases, demonyms: demonyms))
        }
        for table in [stateTable, cityTable, regionTable] {
            for line in table.split(separator: "\n") {
                let parts = line.split(separator: "|").map(String.init)
                let aliases = parts.count > 1 ? parts[1].split(separator: ",").map(String.init) : []
                add(Place(name: parts[0], aliases: aliases, demonyms: []))
            }
        }
        return table
    }()

    /// Demonyms and nationality adjectives (lower case) with the place they belong to.
    static let demonyms: [String: String] = {
        var table: [String: String] = [:]
        for line in countryTable.split(separator: "\n") {
            let parts = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            guard parts.count > 2 else { continue }
            for d in parts[2].split(separator: ",") { table[d.lowercased()] = parts[0] }
        }
        for extra in ["european:Europe", "europeans:Europe", "african:Africa", "africans:Africa", "asian:Asia",
                      "asians:Asia", "arab:Middle East", "arabs:Middle East", "latino:Latin America",
                      "latinos:Latin America", "hispanic:Latin America", "hispanics:Latin America",
                      "western:", "westerners:", "soviet:Soviet Union", "soviets:Soviet Union",
                      "muslim:", "muslims:", "christian:", "christians:", "jewish:", "jews:", "jew:",
                      "catholic:", "catholics:", "protestant:", "sunni:", "sunnis:", "shia:", "shiite:",
                      "shiites:", "hindu:", "hindus:", "sikh:", "sikhs:", "buddhist:", "islamic:", "islamist:",
                      "islamists:", "caucasian:", "scandinavian:", "nordic:", "baltic:", "balkan:",
                      "middle eastern:Middle East", "pashtun:", "uighur:", "uyghur:", "yazidi:", "alawite:",
                      "druze:", "bedouin:", "roma:", "cossack:", "yazidi:", "yazidis:", "copts:", "copt:", "coptic:",
                      "north african:Africa", "south african:South Africa", "southeast asian:Asia",
                      "east asian:Asia", "west african:Africa", "east african:Africa", "latin american:Latin America",
                      "alaskan:Alaska", "texan:Texas", "texans:Texas", "californian:California",
                      "californians:California", "floridian:Florida", "new yorker:New York", "new yorkers:New York",
                      "scotch:", "roman:", "romans:", "communist:", "communists:", "socialist:", "socialists:",
                      "western:", "eastern:", "northern:", "southern:"] {
            let parts = extra.split(separator: ":", omittingEmptySubsequences: false)
            table[String(parts[0])] = String(parts[1])
        }
        return table
    }()

    /// The place named `lowercased`, if the gazetteer knows it.
    static func place(_ lowercased: String) -> Place? { places[lowercased] }

    /// The number of the place named `lowercased` (the place `place(_:)` gives), for mentions to refer to without
    /// holding a string.
    static func placeNumber(_ lowercased: String) -> Int? { numberByKey[lowercased] }

    /// `placeNumber(_:)` of an ASCII key given by its `WordHash` (for ASCII, equal strings are equal bytes).
    static func placeNumber(asciiHash hash: UInt64) -> Int? { placeByHash[hash] }

    /// The number of places (numbered from 0).
    static var placeCount: Int { placeList.count }

    /// The place with number `number`.
    static func place(number: Int) -> Place { placeList[number] }

    /// Every entry of `places`, and where each is by the hash of its key (to look names up without a string).
    private static let placeList: [Place] = Array(places.values)
    private static let numberByKey: [String: Int] = Dictionary(uniqueKeysWithValues: places.keys.enumerated().map { ($1, $0) })
    private static let placeByHash: WordTable<Int> = {
        var t = WordTable<Int>(capacity: places.count)
        for (index, key) in places.keys.enumerated() { t[WordHash.of(key)] = index }
        return t
    }()
}
