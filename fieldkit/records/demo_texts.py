"""Text pools of the demo collection: invented institutions, object archetypes, damage wording.

Languages: "fr" French, "ar" Arabic, "uk" Ukrainian, "en" English. Every institution and place
of custody here is invented; periods, materials and makers are plausible for the region. A pool
missing a language falls back to English (see :func:`pick_text`).
"""

from __future__ import annotations

from dataclasses import dataclass

Pool = dict[str, tuple[str, ...]]  # language → phrases


@dataclass(frozen=True)
class Institution:
    key: str
    names: dict[str, str]
    inventory: str  # format with {n} (and {year})
    coordinates: tuple[float, float]
    languages: tuple[tuple[str, int], ...]  # (language, weight)
    archetypes: tuple[tuple[str, int], ...]  # (archetype, weight)
    weight: int
    places: Pool
    red_list: str
    events: tuple[tuple[str, int, str, str], ...]  # (event type, weight, from, to) ISO dates
    assessors: tuple[str, ...]
    sites: Pool


INSTITUTIONS: tuple[Institution, ...] = (
    Institution(
        key="iraq",
        names={
            "en": "Tell Hamra Museum of Antiquities",
            "fr": "Musée des antiquités de Tell Hamra",
            "ar": "متحف تل حمرة للآثار",
        },
        inventory="THM.{year}.{n:04d}",
        coordinates=(36.3350, 43.1190),
        languages=(("ar", 55), ("en", 25), ("fr", 20)),
        archetypes=(("glazed", 4), ("vessel", 4), ("coin", 3), ("statuette", 2), ("stele", 1),
                    ("manuscript", 2), ("textile", 1)),
        weight=22,
        places={
            "en": ("Nimrud", "Hatra", "Nineveh", "Mosul", "Tell Hamra (excavations 1987)"),
            "fr": ("Nimrud", "Hatra", "Ninive", "Mossoul", "Tell Hamra (fouilles de 1987)"),
            "ar": ("نمرود", "الحضر", "نينوى", "الموصل", "تل حمرة (تنقيبات 1987)"),
        },
        red_list="Emergency Red List of Iraqi Cultural Objects at Risk",
        events=(
            ("armed_conflict", 35, "2014-06-10", "2017-07-10"),
            ("looting", 25, "2014-06-10", "2016-12-31"),
            ("vandalism", 20, "2015-02-26", "2015-03-15"),
            ("fire", 8, "2016-10-17", "2017-07-10"),
            ("neglect", 7, "2017-07-10", "2024-12-31"),
            ("structural_failure", 5, "2017-01-01", "2019-12-31"),
        ),
        assessors=("Layla Hassan", "Omar al-Jubouri", "Zainab Kadhim", "Yousif Matti"),
        sites={
            "en": ("Main building, Assyrian gallery", "Basement storeroom", "Islamic gallery",
                   "Conservation laboratory"),
            "fr": ("Bâtiment principal, galerie assyrienne", "Réserve du sous-sol",
                   "Galerie islamique", "Laboratoire de restauration"),
            "ar": ("المبنى الرئيسي، القاعة الآشورية", "المخزن في الطابق السفلي",
                   "القاعة الإسلامية", "مختبر الترميم"),
        },
    ),
    Institution(
        key="syria",
        names={
            "en": "Qasr al-Wadi Archaeological Museum",
            "fr": "Musée archéologique de Qasr al-Wadi",
            "ar": "متحف قصر الوادي الأثري",
        },
        inventory="QW-{n:05d}",
        coordinates=(34.5503, 38.2691),
        languages=(("ar", 50), ("fr", 40), ("en", 10)),
        archetypes=(("stele", 5), ("glazed", 3), ("vessel", 3), ("coin", 3), ("statuette", 2),
                    ("icon", 1), ("textile", 1)),
        weight=22,
        places={
            "en": ("Palmyra", "Dura-Europos", "Raqqa", "Apamea", "Qasr al-Wadi necropolis"),
            "fr": ("Palmyre", "Doura-Europos", "Raqqa", "Apamée", "nécropole de Qasr al-Wadi"),
            "ar": ("تدمر", "دورا أوروبوس", "الرقة", "أفاميا", "مقبرة قصر الوادي"),
        },
        red_list="Emergency Red List of Syrian Cultural Objects at Risk",
        events=(
            ("armed_conflict", 40, "2012-03-01", "2017-03-02"),
            ("looting", 25, "2013-01-01", "2016-12-31"),
            ("vandalism", 10, "2015-05-21", "2016-03-27"),
            ("earthquake", 10, "2023-02-06", "2023-02-20"),
            ("fire", 5, "2014-01-01", "2016-12-31"),
            ("neglect", 10, "2017-01-01", "2024-12-31"),
        ),
        assessors=("Rami Haddad", "Nour Khalil", "Hiba Saad", "Samir Darwish"),
        sites={
            "en": ("Main building, Palmyrene gallery", "Garden (sculpture yard)",
                   "Storeroom B", "Roof of the north wing"),
            "fr": ("Bâtiment principal, salle palmyrénienne", "Jardin des sculptures",
                   "Réserve B", "Toiture de l'aile nord"),
            "ar": ("المبنى الرئيسي، القاعة التدمرية", "حديقة المنحوتات", "المخزن ب",
                   "سقف الجناح الشمالي"),
        },
    ),
    Institution(
        key="mali",
        names={
            "en": "Regional Museum of the Inner Delta",
            "fr": "Musée régional du Delta intérieur",
            "ar": "المتحف الإقليمي للدلتا الداخلية",
        },
        inventory="MRDI.{year}.{n}",
        coordinates=(14.4936, -4.1942),
        languages=(("fr", 75), ("ar", 20), ("en", 5)),
        archetypes=(("manuscript", 6), ("textile", 3), ("vessel", 3), ("statuette", 2)),
        weight=14,
        places={
            "en": ("Timbuktu", "Djenné", "Mopti", "Bandiagara cliffs", "Kalabougou"),
            "fr": ("Tombouctou", "Djenné", "Mopti", "falaise de Bandiagara", "Kalabougou"),
            "ar": ("تمبكتو", "جني", "موبتي", "جرف باندياغارا", "كالابوغو"),
        },
        red_list="Red List of West African Cultural Objects at Risk",
        events=(
            ("vandalism", 20, "2012-06-30", "2013-01-28"),
            ("looting", 15, "2012-04-01", "2013-01-28"),
            ("flood", 25, "2020-08-15", "2020-09-30"),
            ("neglect", 25, "2013-02-01", "2024-12-31"),
            ("fire", 10, "2013-01-25", "2013-01-28"),
            ("armed_conflict", 5, "2012-04-01", "2013-01-28"),
        ),
        assessors=("Aminata Traoré", "Moussa Cissé", "Fatoumata Maïga", "Abdoulaye Touré"),
        sites={
            "en": ("Manuscript reading room", "Storeroom (mud-brick annex)", "Textile gallery"),
            "fr": ("Salle de lecture des manuscrits", "Réserve (annexe en banco)",
                   "Galerie des textiles"),
            "ar": ("قاعة قراءة المخطوطات", "المخزن (ملحق من الطين)", "قاعة المنسوجات"),
        },
    ),
    Institution(
        key="ukraine-icons",
        names={
            "en": "Slobozhanshchyna Icon Museum",
            "uk": "Музей ікони Слобожанщини",
        },
        inventory="КП-{n:05d}",
        coordinates=(49.9935, 36.2304),
        languages=(("uk", 85), ("en", 15)),
        archetypes=(("icon", 8), ("manuscript", 2), ("textile", 1), ("coin", 1)),
        weight=16,
        places={
            "en": ("Kharkiv region", "Sumy region", "Izium", "Chuhuiv", "Kyiv"),
            "uk": ("Харківщина", "Сумщина", "Ізюм", "Чугуїв", "Київ"),
        },
        red_list="Emergency Red List of Cultural Objects at Risk – Ukraine",
        events=(
            ("armed_conflict", 60, "2022-02-24", "2025-06-30"),
            ("fire", 20, "2022-03-01", "2025-06-30"),
            ("looting", 8, "2022-03-01", "2022-09-10"),
            ("structural_failure", 7, "2022-03-01", "2025-06-30"),
            ("neglect", 5, "2022-03-01", "2025-06-30"),
        ),
        assessors=("Олена Коваленко", "Андрій Мельник", "Ірина Бондаренко", "Tetiana Shevchuk"),
        sites={
            "en": ("Main building, hall 2", "Basement storeroom", "Restoration workshop"),
            "uk": ("Головний корпус, зал 2", "Фондосховище в підвалі",
                   "Реставраційна майстерня", "Дах головного корпусу"),
        },
    ),
    Institution(
        key="ukraine-folk",
        names={
            "en": "Polissia Museum of Folk Art",
            "uk": "Поліський музей народного мистецтва",
        },
        inventory="КН-{n:05d}",
        coordinates=(51.4982, 31.2893),
        languages=(("uk", 85), ("en", 15)),
        archetypes=(("textile", 5), ("vessel", 4), ("statuette", 1), ("glazed", 2), ("coin", 1)),
        weight=10,
        places={
            "en": ("Chernihiv region", "Poltava region (Opishnia)", "Krolevets", "Polissia"),
            "uk": ("Чернігівщина", "Полтавщина (Опішня)", "Кролевець", "Полісся"),
        },
        red_list="Emergency Red List of Cultural Objects at Risk – Ukraine",
        events=(
            ("armed_conflict", 60, "2022-02-24", "2022-04-04"),
            ("fire", 15, "2022-03-01", "2022-04-04"),
            ("looting", 10, "2022-03-01", "2022-04-04"),
            ("flood", 5, "2023-06-06", "2023-06-20"),
            ("neglect", 10, "2022-04-05", "2025-06-30"),
        ),
        assessors=("Оксана Литвиненко", "Петро Гнатюк", "Mariia Savchenko"),
        sites={
            "en": ("Exhibition hall", "Textile storeroom", "Museum courtyard"),
            "uk": ("Експозиційна зала", "Фондосховище текстилю", "Подвір'я музею",
                   "Вікна фасаду"),
        },
    ),
    Institution(
        key="lebanon",
        names={
            "en": "Museum of the Phoenician Coast",
            "fr": "Musée de la Côte phénicienne",
            "ar": "متحف الساحل الفينيقي",
        },
        inventory="MCP {year}.{n}",
        coordinates=(34.1208, 35.6481),
        languages=(("fr", 50), ("ar", 35), ("en", 15)),
        archetypes=(("vessel", 4), ("glazed", 2), ("statuette", 3), ("coin", 3), ("stele", 2),
                    ("icon", 2)),
        weight=16,
        places={
            "en": ("Byblos", "Tyre", "Sidon", "Baalbek", "Batroun"),
            "fr": ("Byblos", "Tyr", "Saïda", "Baalbek", "Batroun"),
            "ar": ("جبيل", "صور", "صيدا", "بعلبك", "البترون"),
        },
        red_list="",
        events=(
            ("other", 20, "2020-08-04", "2020-08-04"),
            ("armed_conflict", 35, "2024-09-23", "2024-11-27"),
            ("fire", 12, "2024-09-23", "2024-11-27"),
            ("storm", 8, "2019-01-01", "2024-12-31"),
            ("neglect", 15, "2019-10-17", "2024-12-31"),
            ("earthquake", 10, "2023-02-06", "2023-02-06"),
        ),
        assessors=("Maya Khoury", "Georges Nassar", "Rita Haddad", "Karim Saab"),
        sites={
            "en": ("Ground floor gallery", "Glass display cases, room 1", "Storeroom"),
            "fr": ("Galerie du rez-de-chaussée", "Vitrines de la salle 1", "Réserve"),
            "ar": ("قاعة الطابق الأرضي", "واجهات القاعة 1", "المخزن"),
        },
    ),
)


@dataclass(frozen=True)
class Archetype:
    key: str  # also the key of its photo in demo_photos
    object_type: dict[str, str]
    titles: Pool
    materials: Pool
    periods: Pool
    makers: Pool
    subjects: Pool
    inscriptions: Pool
    descriptions: Pool
    measurements: tuple[tuple[str, float, float, str], ...]  # dimension, low, high, unit


GENERIC_INSCRIPTIONS: Pool = {
    "fr": ("Ancien numéro d'inventaire à l'encre rouge sous la base", "Aucune inscription",
           "Étiquette de collection collée au revers"),
    "ar": ("رقم جرد قديم بالحبر الأحمر أسفل القاعدة", "لا توجد كتابات",
           "ملصق المجموعة على الظهر"),
    "uk": ("Старий інвентарний номер червоною фарбою на звороті", "Написів немає",
           "Наклейка з шифром колекції на звороті"),
    "en": ("Old inventory number in red ink under the base", "None",
           "Collection label on the reverse"),
}

ARCHETYPES: dict[str, Archetype] = {
    a.key: a
    for a in (
        Archetype(
            key="stele",
            object_type={"en": "sculpture > relief > funerary relief",
                         "fr": "sculpture > relief > relief funéraire",
                         "ar": "نحت > نقش بارز > نقش جنائزي",
                         "uk": "скульптура > рельєф > надгробний рельєф"},
            titles={
                "fr": ("Stèle funéraire palmyrénienne", "Relief funéraire à buste féminin",
                       "Relief funéraire à buste masculin", "Fragment de stèle inscrite",
                       "Stèle votive à inscription grecque"),
                "ar": ("شاهدة قبر تدمرية", "نقش جنائزي لامرأة", "نقش جنائزي لرجل",
                       "جزء من شاهدة منقوشة", "لوح نذري بنقش يوناني"),
                "en": ("Palmyrene funerary stele", "Funerary relief with a female bust",
                       "Funerary relief with a male bust", "Fragment of an inscribed stele",
                       "Votive stele with a Greek inscription"),
            },
            materials={"fr": ("calcaire sculpté", "calcaire tendre, traces de polychromie"),
                       "ar": ("حجر جيري منحوت", "حجر جيري مع بقايا ألوان"),
                       "en": ("carved limestone", "soft limestone with traces of paint")},
            periods={"fr": ("IIe siècle apr. J.-C.", "Ier–IIIe siècle apr. J.-C.",
                            "vers 150–200 apr. J.-C."),
                     "ar": ("القرن الثاني الميلادي", "القرن الأول إلى الثالث الميلادي",
                            "حوالي 150-200 م"),
                     "en": ("2nd century AD", "1st–3rd century AD", "about AD 150–200")},
            makers={"fr": ("atelier palmyrénien", "inconnu"),
                    "ar": ("ورشة تدمرية", "غير معروف"),
                    "en": ("Palmyrene workshop", "unknown")},
            subjects={"fr": ("portrait funéraire", "banquet funéraire"),
                      "ar": ("صورة جنائزية", "مأدبة جنائزية"),
                      "en": ("funerary portrait", "funerary banquet")},
            inscriptions={
                "fr": ("Inscription en araméen palmyrénien, trois lignes, à droite de la tête",
                       "Inscription grecque de deux lignes sur la base",
                       "Aucune inscription visible"),
                "ar": ("نقش آرامي تدمري من ثلاثة أسطر إلى يمين الرأس",
                       "نقش يوناني من سطرين على القاعدة", "لا يوجد نقش ظاهر"),
                "en": ("Three-line Palmyrene Aramaic inscription to the right of the head",
                       "Two-line Greek inscription on the base", "No visible inscription"),
            },
            descriptions={
                "fr": ("Buste en haut-relief dans une niche, la main droite retenant le voile ; "
                       "colliers et fibule finement détaillés.",
                       "Plaque de fermeture de loculus ; le défunt est représenté en buste, "
                       "vêtu d'une tunique et d'un manteau drapé."),
                "ar": ("تمثال نصفي بنقش بارز داخل محراب، اليد اليمنى تمسك الحجاب، مع قلائد "
                       "ومشبك منفذة بدقة.",
                       "لوح إغلاق لفتحة دفن، يظهر فيه المتوفى بتمثال نصفي مرتدياً رداءً "
                       "وعباءة."),
                "en": ("High-relief bust in a niche, the right hand holding the veil; necklaces "
                       "and brooch finely detailed.",
                       "Loculus closing slab; the deceased shown as a bust wearing a tunic and "
                       "a draped mantle."),
            },
            measurements=(("height", 45, 62, "cm"), ("width", 34, 46, "cm"),
                          ("depth", 14, 26, "cm")),
        ),
        Archetype(
            key="glazed",
            object_type={"en": "ceramics > vessel > jar", "fr": "céramique > récipient > jarre",
                         "ar": "خزف > إناء > جرة", "uk": "кераміка > посудина > глек"},
            titles={
                "fr": ("Jarre à glaçure turquoise", "Bol à décor lustré",
                       "Albarelle à décor bleu et noir", "Coupe à décor sous glaçure"),
                "ar": ("جرة فخارية مزججة", "سلطانية بزخارف ذات بريق معدني",
                       "برنية بزخارف زرقاء وسوداء", "كأس مزجج بزخارف تحت الطلاء"),
                "en": ("Turquoise-glazed jar", "Lustreware bowl",
                       "Albarello with blue and black decoration", "Underglaze-painted cup"),
                "uk": ("Полив'яний глек", "Полив'яна миска з розписом", "Барило полив'яне"),
            },
            materials={
                "fr": ("céramique siliceuse, glaçure alcaline turquoise",
                       "terre cuite, décor lustré sur glaçure stannifère",
                       "pâte siliceuse, décor peint sous glaçure"),
                "ar": ("فخار مزجج بطلاء فيروزي", "خزف ذو بريق معدني على طلاء قصديري",
                       "عجينة سيليسية مرسومة تحت الطلاء"),
                "en": ("stonepaste, turquoise alkaline glaze",
                       "earthenware, lustre over tin glaze", "stonepaste, underglaze painted"),
                "uk": ("глина, полива, розпис", "червона глина, зелена полива"),
            },
            periods={"fr": ("XIIe–XIIIe siècle (période ayyoubide)",
                            "IXe siècle (période abbasside)", "XIVe siècle (période mamelouke)"),
                     "ar": ("العصر الأيوبي، القرن 12-13م", "العصر العباسي، القرن 9م",
                            "العصر المملوكي، القرن 14م"),
                     "en": ("12th–13th century (Ayyubid)", "9th century (Abbasid)",
                            "14th century (Mamluk)"),
                     "uk": ("кінець XIX ст.", "початок XX ст.")},
            makers={"fr": ("atelier de Raqqa", "inconnu"), "ar": ("ورشة الرقة", "غير معروف"),
                    "en": ("Raqqa workshop", "unknown"),
                    "uk": ("опішнянські гончарі", "невідомий гончар")},
            subjects={"fr": ("décor épigraphique et végétal", "oiseaux et rinceaux"),
                      "ar": ("زخارف كتابية ونباتية", "طيور وأغصان"),
                      "en": ("epigraphic and floral decoration", "birds and scrolls"),
                      "uk": ("рослинний орнамент", "птахи й квіти")},
            inscriptions={"fr": ("Inscription coufique de bénédiction sous la lèvre",
                                 "Aucune inscription"),
                          "ar": ("كتابة كوفية دعائية أسفل الحافة", "لا توجد كتابات"),
                          "en": ("Kufic blessing inscription below the rim", "None"),
                          "uk": ("Дата «1894» видряпана на денці", "Написів немає")},
            descriptions={
                "fr": ("Panse ovoïde, col court et lèvre éversée ; glaçure turquoise épaisse "
                       "s'arrêtant au-dessus du pied.",
                       "Décor peint en noir sous glaçure transparente : bandeau épigraphique "
                       "et rinceaux."),
                "ar": ("بدن بيضوي وعنق قصير وحافة مائلة إلى الخارج، طلاء فيروزي سميك يتوقف "
                       "فوق القاعدة.",
                       "زخارف مرسومة بالأسود تحت طلاء شفاف: شريط كتابي وأغصان نباتية."),
                "en": ("Ovoid body, short neck and everted rim; thick turquoise glaze stopping "
                       "above the foot.",
                       "Painted in black under a clear glaze: an epigraphic band and scrolls."),
                "uk": ("Кулястий тулуб, вузька шийка; зелена полива з підтьоками, розпис "
                       "ріжком білою глиною.",),
            },
            measurements=(("height", 18, 42, "cm"), ("diameter", 12, 30, "cm")),
        ),
        Archetype(
            key="vessel",
            object_type={"en": "ceramics > vessel", "fr": "céramique > récipient",
                         "ar": "فخار > إناء", "uk": "кераміка > посудина"},
            titles={
                "fr": ("Amphore de transport", "Lampe à huile en terre cuite",
                       "Jarre de stockage", "Cruche à anse", "Jarre à eau (poterie de Kalabougou)"),
                "ar": ("جرة تخزين فخارية", "مسرجة فخارية", "أمفورة نقل", "إبريق فخاري بمقبض"),
                "en": ("Transport amphora", "Terracotta oil lamp", "Storage jar", "Handled jug"),
                "uk": ("Глечик гончарний", "Макітра", "Горщик з розписом", "Куманець"),
            },
            materials={"fr": ("terre cuite", "terre cuite, engobe rouge",
                              "argile modelée, cuisson en meule"),
                       "ar": ("فخار", "فخار بطلاء أحمر", "طين مشكل يدوياً"),
                       "en": ("terracotta", "terracotta, red slip", "hand-built clay"),
                       "uk": ("глина, ангоб, розпис", "червона глина, полива")},
            periods={"fr": ("Époque romaine", "Âge du fer II", "Époque parthe", "XXe siècle"),
                     "ar": ("العصر الروماني", "العصر الحديدي الثاني", "العصر الفرثي",
                            "القرن العشرين"),
                     "en": ("Roman period", "Iron Age II", "Parthian period", "20th century"),
                     "uk": ("кінець XIX ст.", "1920-ті роки", "початок XX ст.")},
            makers={"fr": ("inconnu", "potières de Kalabougou"), "ar": ("غير معروف",),
                    "en": ("unknown",), "uk": ("опішнянські гончарі", "невідомий гончар")},
            subjects={"fr": ("sans décor", "décor géométrique incisé"),
                      "ar": ("بدون زخرفة", "زخارف هندسية محزوزة"),
                      "en": ("undecorated", "incised geometric decoration"),
                      "uk": ("рослинний орнамент", "геометричний орнамент")},
            inscriptions=GENERIC_INSCRIPTIONS,
            descriptions={
                "fr": ("Pâte orangée, surface lissée ; deux anses verticales attachées à "
                       "l'épaule.", "Récipient à fond plat, traces de tournage visibles."),
                "ar": ("عجينة برتقالية وسطح مصقول، بمقبضين عموديين عند الكتف.",
                       "إناء ذو قاعدة مسطحة مع آثار واضحة للدولاب."),
                "en": ("Orange fabric, smoothed surface; two vertical handles on the shoulder.",
                       "Flat-based vessel with visible wheel marks."),
                "uk": ("Тулуб розписаний ріжком, вінця відігнуті; на плічках дві смуги "
                       "орнаменту.", "Посудина на пласкому денці, сліди гончарного круга."),
            },
            measurements=(("height", 9, 75, "cm"), ("diameter", 8, 45, "cm")),
        ),
        Archetype(
            key="icon",
            object_type={"en": "painting > icon", "fr": "peinture > icône",
                         "ar": "رسم > أيقونة", "uk": "живопис > ікона"},
            titles={
                "uk": ("Ікона Богородиці Одигітрії", "Ікона святого Миколая Чудотворця",
                       "Ікона Покрови Пресвятої Богородиці", "Ікона святого Георгія Змієборця",
                       "Ікона Спаса Вседержителя", "Намісна ікона Різдва Христового"),
                "fr": ("Icône de la Vierge Hodigitria", "Icône de saint Georges terrassant le "
                       "dragon", "Icône de saint Nicolas", "Icône du Christ Pantocrator"),
                "ar": ("أيقونة السيدة العذراء الهادية", "أيقونة القديس جاورجيوس قاتل التنين",
                       "أيقونة القديس نيقولاوس", "أيقونة المسيح ضابط الكل"),
                "en": ("Icon of the Virgin Hodegetria", "Icon of Saint George and the Dragon",
                       "Icon of Saint Nicholas", "Icon of Christ Pantocrator"),
            },
            materials={"uk": ("дерево, левкас, темпера, позолота", "липова дошка, яєчна темпера",
                              "дерево, олія, срібний оклад"),
                       "fr": ("tempera et dorure sur bois",
                              "tempera sur panneau de bois, feuille d'or"),
                       "ar": ("تمبرا وتذهيب على خشب", "ألوان تمبرا على لوح خشبي ورقائق ذهب"),
                       "en": ("tempera and gilding on a wood panel", "egg tempera on lime wood")},
            periods={"uk": ("XVIII ст.", "кінець XVII ст.", "перша половина XIX ст.",
                            "1780-ті роки"),
                     "fr": ("XVIIIe siècle, école d'Alep", "vers 1750"),
                     "ar": ("القرن الثامن عشر، مدرسة حلب", "حوالي 1750"),
                     "en": ("18th century", "late 17th century")},
            makers={"uk": ("невідомий іконописець слобожанської школи", "невідомий майстер",
                           "іконописна майстерня Харківського колегіуму (приписується)"),
                    "fr": ("école d'Alep", "inconnu"), "ar": ("مدرسة حلب", "غير معروف"),
                    "en": ("unknown icon painter", "Aleppo school")},
            subjects={"uk": ("Богородиця з Немовлям", "святий Миколай", "Покрова",
                             "святий Георгій"),
                      "fr": ("Vierge à l'Enfant", "saint Georges", "saint Nicolas"),
                      "ar": ("العذراء والطفل", "القديس جاورجيوس", "القديس نيقولاوس"),
                      "en": ("Virgin and Child", "Saint George", "Saint Nicholas")},
            inscriptions={
                "uk": ("Церковнослов'янські написи на полях: «МР ѲУ»",
                       "Вкладний напис на звороті: «Сія ікона пожертвувана 1794 р.»",
                       "Написів немає"),
                "fr": ("Monogrammes grecs « ΜΡ ΘΥ » de part et d'autre de la tête",
                       "Dédicace en arabe au bas du panneau"),
                "ar": ("حروف يونانية «ΜΡ ΘΥ» على جانبي الرأس", "كتابة إهداء بالعربية أسفل "
                       "الأيقونة"),
                "en": ("Greek monograms ΜΡ ΘΥ either side of the head", "None"),
            },
            descriptions={
                "uk": ("Богородиця зображена по пояс, на лівій руці тримає Немовля; золоте тло, "
                       "різьблені німби.", "Дошка з двома шпонками, ковчег; поля пофарбовані "
                       "кіновар'ю."),
                "fr": ("La Vierge en buste porte l'Enfant sur le bras gauche ; fond d'or, "
                       "nimbes incisés.", "Panneau à deux traverses ; encadrement peint en "
                       "rouge."),
                "ar": ("تظهر العذراء بنصف جسد وهي تحمل الطفل على ذراعها اليسرى، خلفية ذهبية "
                       "وهالات محززة.",),
                "en": ("Half-length Virgin holding the Child on her left arm; gold ground, "
                       "incised haloes.",),
            },
            measurements=(("height", 28, 110, "cm"), ("width", 22, 80, "cm"),
                          ("depth", 2, 4, "cm")),
        ),
        Archetype(
            key="manuscript",
            object_type={"en": "manuscript > codex", "fr": "manuscrit > codex",
                         "ar": "مخطوط > مجلد", "uk": "рукопис > кодекс"},
            titles={
                "fr": ("Manuscrit de jurisprudence malikite", "Recueil de poèmes soufis",
                       "Traité d'astronomie", "Coran en écriture soudanaise",
                       "Correspondance commerciale (lettres reliées)"),
                "ar": ("مخطوط في الفقه المالكي", "ديوان شعر صوفي", "رسالة في علم الفلك",
                       "مصحف بالخط السوداني", "مجموع رسائل تجارية"),
                "en": ("Manuscript of Maliki jurisprudence", "Collection of Sufi poems",
                       "Treatise on astronomy", "Qur'an in Sudani script"),
                "uk": ("Рукописна Псалтир", "Рукописний ірмологій", "Синодик монастирський"),
            },
            materials={"fr": ("encre noire et rouge sur papier, reliure en cuir",
                              "encre sur papier, reliure à rabat en cuir"),
                       "ar": ("حبر أسود وأحمر على ورق، تجليد جلدي", "حبر على ورق، تجليد بلسان"),
                       "en": ("black and red ink on paper, leather binding",
                              "ink on paper, leather flap binding"),
                       "uk": ("папір, чорнило, кіновар, шкіряна оправа",)},
            periods={"fr": ("XVIIIe siècle", "1247 H / 1831-1832", "XIXe siècle"),
                     "ar": ("القرن الثاني عشر الهجري", "1247 هـ", "القرن الثالث عشر الهجري"),
                     "en": ("18th century", "AH 1247 / 1831-32", "19th century"),
                     "uk": ("XVII ст.", "1760-ті роки")},
            makers={"fr": ("copiste inconnu", "copié par un lettré de Tombouctou"),
                    "ar": ("ناسخ مجهول", "بخط أحد علماء تمبكتو"),
                    "en": ("unknown copyist",), "uk": ("невідомий переписувач",)},
            subjects={"fr": ("droit musulman (fiqh)", "poésie soufie",
                             "astronomie et calcul du calendrier"),
                      "ar": ("الفقه", "الشعر الصوفي", "علم الفلك والتقويم"),
                      "en": ("Islamic law (fiqh)", "Sufi poetry", "astronomy and calendar"),
                      "uk": ("псалми", "церковний спів")},
            inscriptions={"fr": ("Colophon daté et signé par le copiste",
                                 "Notes de propriété en marge du premier folio"),
                          "ar": ("حرد متن مؤرخ وموقع من الناسخ", "تملكات في هامش الورقة الأولى"),
                          "en": ("Colophon dated and signed by the copyist",
                                 "Ownership notes in the margin of the first folio"),
                          "uk": ("Вкладний запис на форзаці", "Маргіналії XVIII ст.")},
            descriptions={
                "fr": ("Feuillets non cousus conservés dans une reliure à rabat ; écriture "
                       "soudanaise, titres à l'encre rouge.",
                       "Texte sur 15 lignes par page, gloses marginales de plusieurs mains."),
                "ar": ("أوراق غير مخيطة محفوظة في تجليد بلسان، بالخط السوداني، والعناوين "
                       "بالحبر الأحمر.", "النص في 15 سطراً في الصفحة مع حواشٍ بخطوط متعددة."),
                "en": ("Unsewn folios kept in a flap binding; Sudani script, headings in red "
                       "ink.", "Fifteen lines per page, marginal glosses in several hands."),
                "uk": ("Півустав, заголовки та ініціали кіновар'ю; оправа — дошки в шкірі з "
                       "тисненням.",),
            },
            measurements=(("height", 18, 32, "cm"), ("width", 12, 24, "cm"),
                          ("depth", 2, 8, "cm")),
        ),
        Archetype(
            key="statuette",
            object_type={"en": "sculpture > statuette", "fr": "sculpture > statuette",
                         "ar": "نحت > تمثال صغير", "uk": "скульптура > статуетка"},
            titles={
                "fr": ("Statuette de divinité en bronze", "Figurine votive en bronze",
                       "Statuette d'orant", "Figure d'ancêtre en bois (Dogon)"),
                "ar": ("تمثال برونزي صغير لإله", "دمية نذرية برونزية", "تمثال متعبد صغير"),
                "en": ("Bronze statuette of a deity", "Votive bronze figurine",
                       "Statuette of a worshipper"),
                "uk": ("Бронзова фігурка оленя", "Різьблена статуетка святого Миколая"),
            },
            materials={"fr": ("bronze, fonte à la cire perdue", "bois sculpté, patine croûteuse"),
                       "ar": ("برونز مصبوب بطريقة الشمع المفقود",),
                       "en": ("bronze, lost-wax cast",),
                       "uk": ("бронза, лиття", "дерево, різьблення, поліхромія")},
            periods={"fr": ("Âge du bronze récent", "Époque hellénistique", "XIXe–XXe siècle"),
                     "ar": ("العصر البرونزي المتأخر", "العصر الهلنستي"),
                     "en": ("Late Bronze Age", "Hellenistic period"),
                     "uk": ("скіфська доба, VI–IV ст. до н. е.", "XIX ст.")},
            makers={"fr": ("inconnu", "atelier dogon"), "ar": ("غير معروف",),
                    "en": ("unknown",), "uk": ("невідомий майстер",)},
            subjects={"fr": ("divinité debout", "orant", "ancêtre assis"),
                      "ar": ("إله واقف", "متعبد"), "en": ("standing deity", "worshipper"),
                      "uk": ("олень", "святий Миколай")},
            inscriptions=GENERIC_INSCRIPTIONS,
            descriptions={
                "fr": ("Personnage debout, bras droit levé ; patine verte avec foyers de "
                       "corrosion.", "Figure massive, tenons sous les pieds pour la fixation."),
                "ar": ("شخص واقف رافعاً ذراعه اليمنى، زنجار أخضر مع بؤر تآكل.",
                       "تمثال مصمت مع أوتاد أسفل القدمين للتثبيت."),
                "en": ("Standing figure, right arm raised; green patina with corrosion spots.",
                       "Solid cast, tangs under the feet for mounting."),
                "uk": ("Фігурка оленя з підігнутими ногами; зелена патина, сліди корозії.",),
            },
            measurements=(("height", 8, 35, "cm"), ("width", 3, 12, "cm"),
                          ("weight", 120, 2400, "g")),
        ),
        Archetype(
            key="coin",
            object_type={"en": "numismatics > coin", "fr": "numismatique > monnaie",
                         "ar": "مسكوكات > عملة", "uk": "нумізматика > монета"},
            titles={
                "fr": ("Tétradrachme d'argent", "Dinar d'or abbasside",
                       "Dirham d'argent omeyyade", "Follis de bronze byzantin"),
                "ar": ("درهم فضي عباسي", "دينار ذهبي أموي", "فلس نحاسي", "تترادراخما فضية"),
                "en": ("Silver tetradrachm", "Abbasid gold dinar", "Umayyad silver dirham",
                       "Byzantine bronze follis"),
                "uk": ("Срібний денарій Траяна", "Срібна гривня київського типу",
                       "Мідний пул Золотої Орди"),
            },
            materials={"fr": ("argent, frappé", "or, frappé", "bronze, frappé"),
                       "ar": ("فضة، مضروبة", "ذهب، مضروب", "نحاس، مضروب"),
                       "en": ("silver, struck", "gold, struck", "bronze, struck"),
                       "uk": ("срібло, карбування", "мідь, карбування", "срібло, лиття")},
            periods={"fr": ("règne de Hārūn al-Rashīd (786–809)", "IIIe siècle av. J.-C.",
                            "VIIIe siècle"),
                     "ar": ("عهد هارون الرشيد (170-193 هـ)", "القرن الثاني الهجري"),
                     "en": ("reign of Harun al-Rashid (786–809)", "3rd century BC"),
                     "uk": ("II ст. н. е.", "XI–XII ст.", "XIV ст.")},
            makers={"fr": ("atelier monétaire de Madinat al-Salam (Bagdad)", "atelier de Damas"),
                    "ar": ("دار الضرب بمدينة السلام", "دار الضرب بدمشق"),
                    "en": ("Madinat al-Salam (Baghdad) mint", "Damascus mint"),
                    "uk": ("римський монетний двір", "невідомий монетний двір")},
            subjects={"fr": ("légende épigraphique", "tête d'Héraclès / Zeus trônant"),
                      "ar": ("كتابات دينية", "رأس هرقل / زيوس جالساً"),
                      "en": ("epigraphic legend", "head of Herakles / Zeus enthroned"),
                      "uk": ("профіль імператора", "тамга")},
            inscriptions={"fr": ("Légende coufique au droit et au revers",
                                 "Légende grecque ΒΑΣΙΛΕΩΣ au revers"),
                          "ar": ("كتابة بالخط الكوفي على الوجه والظهر",),
                          "en": ("Kufic legend on both sides",),
                          "uk": ("Латинська легенда навколо профілю", "Арабська легенда")},
            descriptions={
                "fr": ("Flan régulier, frappe bien centrée ; légère usure des reliefs.",
                       "Flan légèrement décentré ; dépôts terreux dans les creux."),
                "ar": ("قرص منتظم وضرب متمركز جيداً، مع تآكل خفيف في البروزات.",),
                "en": ("Regular flan, well-centred strike; slight wear on the high points.",),
                "uk": ("Монета правильної форми, карбування чітке; незначні потертості.",),
            },
            measurements=(("diameter", 15, 32, "mm"), ("weight", 2, 18, "g")),
        ),
        Archetype(
            key="textile",
            object_type={"en": "textile", "fr": "textile", "ar": "منسوجات", "uk": "текстиль"},
            titles={
                "fr": ("Couverture en laine (kaasa)", "Tapis tissé (kilim)", "Tenture brodée",
                       "Pagne en bogolan"),
                "ar": ("سجادة منسوجة يدوياً", "بساط صوفي (كليم)", "ثوب مطرز",
                       "غطاء صوفي منسوج"),
                "en": ("Woven wool blanket (kaasa)", "Flat-woven rug (kilim)",
                       "Embroidered hanging", "Bogolan wrapper"),
                "uk": ("Рушник вишитий обрядовий", "Килим", "Плахта", "Сорочка вишита жіноча"),
            },
            materials={"fr": ("laine tissée à la main", "coton, teinture à la boue (bogolan)",
                              "laine, tissage à plat"),
                       "ar": ("صوف منسوج يدوياً", "قطن مطرز بخيوط حريرية"),
                       "en": ("hand-woven wool", "cotton, mud-dyed (bogolan)"),
                       "uk": ("льон, вишивка бавовняними нитками", "вовна, ручне ткацтво")},
            periods={"fr": ("milieu du XXe siècle", "fin du XIXe siècle"),
                     "ar": ("منتصف القرن العشرين", "أواخر القرن التاسع عشر"),
                     "en": ("mid-20th century", "late 19th century"),
                     "uk": ("кінець XIX ст.", "1930-ті роки")},
            makers={"fr": ("tisserands peuls", "inconnu"), "ar": ("نساجون محليون", "غير معروف"),
                    "en": ("Fulani weavers", "unknown"),
                    "uk": ("невідома майстриня", "майстрині Кролевця")},
            subjects={"fr": ("motifs géométriques", "losanges et bandes"),
                      "ar": ("زخارف هندسية", "معينات وأشرطة"),
                      "en": ("geometric patterns", "lozenges and bands"),
                      "uk": ("«дерево життя»", "геометричний орнамент", "виноградна лоза")},
            inscriptions=GENERIC_INSCRIPTIONS,
            descriptions={
                "fr": ("Bandes tissées cousues bord à bord ; motifs de losanges rouges et "
                       "noirs.", "Tissage serré, franges nouées aux deux extrémités."),
                "ar": ("أشرطة منسوجة مخيطة جنباً إلى جنب، بزخارف معينات حمراء وسوداء.",),
                "en": ("Woven strips sewn edge to edge; red and black lozenges.",),
                "uk": ("Вишивка хрестиком червоними й чорними нитками; кінці оздоблено "
                       "мереживом.", "Килим ручного ткацтва з рослинним орнаментом."),
            },
            measurements=(("height", 80, 260, "cm"), ("width", 35, 180, "cm")),
        ),
    )
}

FEATURES: Pool = {
    "fr": ("Éclat de 2 cm au bord", "Ancienne restauration au plâtre", "Fissure fine de 4 cm",
           "Lacune à l'angle inférieur gauche", "Traces de suie anciennes",
           "Usure marquée de la surface", "Numéro ancien peint au revers",
           "Taches d'humidité sur le tiers inférieur"),
    "ar": ("كسر صغير بطول 2 سم في الحافة", "ترميم قديم بالجبس", "شرخ دقيق بطول 4 سم",
           "فقدان في الزاوية السفلى اليسرى", "آثار سخام قديمة", "تآكل واضح في السطح",
           "رقم قديم مكتوب على الظهر"),
    "uk": ("Скол 2 см по краю", "Стара реставрація гіпсом", "Тонка тріщина завдовжки 4 см",
           "Втрата фарбового шару в нижньому лівому куті", "Сліди кіптяви",
           "Потертості позолоти", "Старий номер на звороті", "Шашіль у дошці (неактивний)"),
    "en": ("2 cm chip on the rim", "Old plaster repair", "Fine 4 cm crack",
           "Loss at the lower left corner", "Old soot marks", "Marked surface wear",
           "Old number painted on the back"),
}

SIGNIFICANCE: Pool = {
    "fr": ("Pièce majeure de la collection, publiée dans le catalogue de 1998.",
           "Témoin rare de l'artisanat local.", "Objet de référence pour la datation du site."),
    "ar": ("قطعة رئيسية في المجموعة، منشورة في دليل عام 1998.", "شاهد نادر على الحرف المحلية.",
           "قطعة مرجعية لتأريخ الموقع."),
    "uk": ("Одна з найцінніших пам'яток збірки, опублікована в каталозі 2005 року.",
           "Рідкісний зразок місцевого промислу.", "Пам'ятка національного значення."),
    "en": ("A key piece of the collection, published in the 1998 catalogue.",
           "A rare witness of local craft.", "A reference object for dating the site."),
}

NOTES: Pool = {
    "fr": ("Vérifier le numéro dans le registre papier.", "Photographié avant l'évacuation.",
           "Caisse scellée ; ne pas ouvrir sans un conservateur."),
    "ar": ("التحقق من الرقم في السجل الورقي.", "صُوّرت قبل الإخلاء.",
           "الصندوق مختوم؛ لا يفتح إلا بحضور أمين المتحف."),
    "uk": ("Звірити номер з книгою надходжень.", "Сфотографовано перед евакуацією.",
           "Ящик опломбовано; відкривати лише у присутності хранителя."),
    "en": ("Check the number against the paper register.", "Photographed before evacuation.",
           "Crate sealed; open only with a conservator present."),
}

LITERATURE: Pool = {
    "fr": ("Catalogue du musée, 1998, n° {n}", "Registre d'inventaire manuscrit, vol. {k}"),
    "ar": ("دليل المتحف، 1998، رقم {n}", "سجل الجرد المخطوط، المجلد {k}"),
    "uk": ("Книга надходжень, т. {k}", "Каталог виставки, 2005, № {n}"),
    "en": ("Museum catalogue, 1998, no. {n}", "Handwritten inventory register, vol. {k}"),
}

# Where an object is, by status ({n}, {k}: numbers).
LOCATIONS: dict[str, Pool] = {
    "in_place": {
        "fr": ("Salle {n}, vitrine {k}", "Galerie principale, socle {k}"),
        "ar": ("القاعة {n}، الواجهة {k}", "القاعة الرئيسية، القاعدة {k}"),
        "uk": ("Зал {n}, вітрина {k}", "Головна експозиція, подіум {k}"),
        "en": ("Room {n}, case {k}", "Main gallery, plinth {k}"),
    },
    "in_storage": {
        "fr": ("Réserve A, étagère {n}, boîte {k}", "Réserve B, rayonnage {n}"),
        "ar": ("المخزن أ، الرف {n}، الصندوق {k}", "المخزن ب، الخزانة {n}"),
        "uk": ("Фондосховище, стелаж {n}, полиця {k}", "Сховище № 2, шафа {n}"),
        "en": ("Storeroom A, shelf {n}, box {k}", "Storeroom B, rack {n}"),
    },
    "evacuated": {
        "fr": ("Caisse d'évacuation n° {n} (lieu de repli confidentiel)",
               "Dépôt temporaire, caisse {n}"),
        "ar": ("صندوق الإخلاء رقم {n} (موقع سري)", "مستودع مؤقت، الصندوق {n}"),
        "uk": ("Евакуаційний ящик № {n} (місце зберігання не розголошується)",
               "Тимчасове сховище, ящик {n}"),
        "en": ("Evacuation crate no. {n} (undisclosed safe haven)",
               "Temporary store, crate {n}"),
    },
    "on_loan": {
        "fr": ("Prêt pour exposition (convention n° {n})",),
        "ar": ("معار لمعرض (اتفاقية رقم {n})",),
        "uk": ("Передано на виставку (договір № {n})",),
        "en": ("On loan for an exhibition (agreement no. {n})",),
    },
    "lost": {
        "fr": ("Dernier emplacement connu : salle {n}, vitrine {k}",),
        "ar": ("آخر موقع معروف: القاعة {n}، الواجهة {k}",),
        "uk": ("Останнє відоме місце: зал {n}, вітрина {k}",),
        "en": ("Last known location: room {n}, case {k}",),
    },
}

# --- damage ---------------------------------------------------------------------------------

EVENT_DESCRIPTIONS: dict[str, Pool] = {
    "armed_conflict": {
        "fr": ("Frappe d'artillerie sur le bâtiment principal ; toiture percée.",
               "Combats à proximité du musée ; impacts d'éclats sur la façade."),
        "ar": ("قصف مدفعي على المبنى الرئيسي أدى إلى اختراق السقف.",
               "اشتباكات قرب المتحف وآثار شظايا على الواجهة."),
        "uk": ("Ракетний удар по будівлі музею; пошкоджено дах і вікна.",
               "Артилерійський обстріл міста; вибуховою хвилею вибито вікна залів."),
        "en": ("Artillery strike on the main building; roof pierced.",
               "Fighting near the museum; shrapnel impacts on the façade."),
    },
    "looting": {
        "fr": ("Pillage des réserves pendant l'occupation du site.",
               "Effraction de la réserve ; vitrines forcées."),
        "ar": ("نهب المخازن خلال فترة احتلال الموقع.", "اقتحام المخزن وكسر الواجهات."),
        "uk": ("Розграбування фондосховища під час окупації.",
               "Проникнення до фондосховища; вітрини зламано."),
        "en": ("Storerooms looted while the site was occupied.",
               "Break-in at the storeroom; display cases forced."),
    },
    "vandalism": {
        "fr": ("Destruction délibérée d'objets exposés.",
               "Dégradations volontaires dans les salles."),
        "ar": ("تدمير متعمد للقطع المعروضة.", "أعمال تخريب متعمدة في القاعات."),
        "uk": ("Навмисне пошкодження експонатів.", "Акт вандалізму в експозиції."),
        "en": ("Deliberate destruction of exhibits.", "Wilful damage in the galleries."),
    },
    "fire": {
        "fr": ("Incendie de l'aile est après un bombardement ; extinction à la lance.",
               "Incendie d'origine électrique dans la réserve."),
        "ar": ("حريق في الجناح الشرقي إثر القصف وإخماده بخراطيم المياه.",
               "حريق ناتج عن تماس كهربائي في المخزن."),
        "uk": ("Пожежа в експозиційному залі після ракетного удару; гасіння водою.",
               "Пожежа у фондосховищі через коротке замикання."),
        "en": ("Fire in the east wing after shelling; put out with hoses.",
               "Electrical fire in the storeroom."),
    },
    "flood": {
        "fr": ("Crue du fleuve ; 40 cm d'eau dans la réserve pendant trois jours.",
               "Inondation du sous-sol après la rupture d'une canalisation."),
        "ar": ("فيضان النهر؛ 40 سم من المياه في المخزن لثلاثة أيام.",
               "غمر الطابق السفلي بعد انفجار أنبوب."),
        "uk": ("Підтоплення підвального сховища після руйнування греблі.",
               "Затоплення сховища через пошкоджений водогін."),
        "en": ("River flood; 40 cm of water in the storeroom for three days.",
               "Basement flooded after a burst pipe."),
    },
    "earthquake": {
        "fr": ("Séisme ; chute d'objets des étagères et fissures dans les murs.",),
        "ar": ("زلزال أدى إلى سقوط القطع عن الرفوف وتشقق الجدران.",),
        "uk": ("Землетрус; падіння предметів зі стелажів.",),
        "en": ("Earthquake; objects fell from shelves, walls cracked.",),
    },
    "storm": {
        "fr": ("Tempête ; toiture arrachée et infiltrations.",),
        "ar": ("عاصفة اقتلعت جزءاً من السقف وتسربت المياه.",),
        "uk": ("Буревій; зірвано покрівлю, протікання.",),
        "en": ("Storm; roof torn off, water ingress.",),
    },
    "structural_failure": {
        "fr": ("Effondrement partiel du plafond de la salle 2.", "Affaissement du plancher."),
        "ar": ("انهيار جزئي لسقف القاعة 2.", "هبوط أرضية المخزن."),
        "uk": ("Часткове обвалення перекриття зали 2.", "Просідання підлоги сховища."),
        "en": ("Partial collapse of the ceiling of room 2.", "Storeroom floor subsided."),
    },
    "neglect": {
        "fr": ("Réserve fermée et non surveillée pendant plusieurs années ; humidité élevée.",
               "Pas de climatisation et coupures d'électricité prolongées."),
        "ar": ("مخزن مغلق دون مراقبة لسنوات مع رطوبة عالية.",
               "غياب التكييف وانقطاع الكهرباء لفترات طويلة."),
        "uk": ("Тривала відсутність опалення у сховищі.",
               "Сховище без нагляду протягом кількох років."),
        "en": ("Storeroom closed and unmonitored for years; high humidity.",
               "No climate control and long power cuts."),
    },
    "other": {
        "fr": ("Explosion dans le port ; souffle sur les vitrines.",
               "Évacuation précipitée ; emballage insuffisant."),
        "ar": ("انفجار المرفأ وأثر عصفه على الواجهات.", "إخلاء متسرع مع تغليف غير كافٍ."),
        "uk": ("Поспішна евакуація; недостатнє пакування.",),
        "en": ("Port explosion; blast wave hit the display cases.",
               "Hasty evacuation; inadequate packing."),
    },
}

DAMAGE_PHRASES: dict[str, dict[str, str]] = {
    "breakage": {"fr": "cassé en plusieurs fragments", "ar": "مكسور إلى عدة أجزاء",
                 "uk": "розбито на кілька фрагментів", "en": "broken into several fragments"},
    "loss_of_parts": {"fr": "parties manquantes", "ar": "أجزاء مفقودة",
                      "uk": "втрачено частини", "en": "parts missing"},
    "deformation": {"fr": "déformation", "ar": "تشوه في الشكل", "uk": "деформація",
                    "en": "deformation"},
    "cracking": {"fr": "fissures traversantes", "ar": "تشققات نافذة",
                 "uk": "наскрізні тріщини", "en": "through cracks"},
    "burn": {"fr": "zones carbonisées", "ar": "مناطق متفحمة", "uk": "обвуглені ділянки",
             "en": "charred areas"},
    "soot": {"fr": "dépôt de suie sur toute la surface", "ar": "ترسب السخام على كامل السطح",
             "uk": "кіптява по всій поверхні", "en": "soot over the whole surface"},
    "water_stain": {"fr": "auréoles d'eau", "ar": "بقع مائية", "uk": "плями від води",
                    "en": "tide lines"},
    "mould": {"fr": "moisissures actives", "ar": "عفن نشط", "uk": "активна пліснява",
              "en": "active mould"},
    "corrosion": {"fr": "corrosion active", "ar": "تآكل نشط", "uk": "активна корозія",
                  "en": "active corrosion"},
    "abrasion": {"fr": "abrasion de la surface", "ar": "احتكاك في السطح",
                 "uk": "потертості поверхні", "en": "surface abrasion"},
    "bullet_or_shrapnel_impact": {"fr": "impacts d'éclats", "ar": "آثار شظايا",
                                  "uk": "сліди від уламків", "en": "shrapnel impacts"},
    "missing": {"fr": "objet introuvable à son emplacement", "ar": "القطعة غير موجودة في مكانها",
                "uk": "предмет відсутній на місці зберігання",
                "en": "object not found at its location"},
    "other": {"fr": "autres dommages", "ar": "أضرار أخرى", "uk": "інші пошкодження",
              "en": "other damage"},
}

# Event families share first-aid wording: physical, fire, water, theft, climate.
FAMILY = {
    "armed_conflict": "physical", "vandalism": "physical", "earthquake": "physical",
    "structural_failure": "physical", "other": "physical", "fire": "fire", "flood": "water",
    "storm": "water", "looting": "theft", "neglect": "climate",
}

ACTIONS_TAKEN: dict[str, Pool] = {
    "physical": {
        "fr": ("Fragments rassemblés dans une caisse étiquetée.",
               "Objet calé et emballé sur place."),
        "ar": ("جمع الأجزاء في صندوق موسوم.", "تثبيت القطعة وتغليفها في مكانها."),
        "uk": ("Фрагменти зібрано в підписаний ящик.",
               "Предмет зафіксовано й запаковано на місці."),
        "en": ("Fragments gathered in a labelled box.", "Object padded and packed in place."),
    },
    "fire": {
        "fr": ("Dépoussiérage à sec de la suie.",
               "Objet sorti de la zone sinistrée et séché à l'air."),
        "ar": ("إزالة السخام بالتنظيف الجاف.", "نقل القطعة من منطقة الحريق وتجفيفها بالهواء."),
        "uk": ("Суху кіптяву знято м'яким пензлем.",
               "Предмет винесено із зони пожежі й просушено."),
        "en": ("Loose soot removed dry.", "Object moved out of the burnt area and air-dried."),
    },
    "water": {
        "fr": ("Séchage à l'air, papier buvard intercalé.", "Documents mouillés congelés."),
        "ar": ("تجفيف بالهواء مع ورق نشاف بين الأوراق.", "تجميد الوثائق المبللة."),
        "uk": ("Просушування на повітрі з прокладанням фільтрувального паперу.",
               "Мокрі документи заморожено."),
        "en": ("Air-dried with interleaved blotting paper.", "Wet documents frozen."),
    },
    "theft": {
        "fr": ("Signalement à la police et aux douanes ; fiche Object ID diffusée.",),
        "ar": ("إبلاغ الشرطة والجمارك وتعميم بطاقة هوية القطعة.",),
        "uk": ("Повідомлено поліцію та митницю; поширено картку Object ID.",),
        "en": ("Reported to police and customs; Object ID record circulated.",),
    },
    "climate": {
        "fr": ("Déshumidificateur installé.", "Objet isolé dans un sac en polyéthylène."),
        "ar": ("تركيب جهاز لإزالة الرطوبة.", "عزل القطعة في كيس من البولي إيثيلين."),
        "uk": ("Встановлено осушувач повітря.", "Предмет ізольовано в поліетиленовому пакеті."),
        "en": ("Dehumidifier installed.", "Object isolated in a polyethylene bag."),
    },
}

RECOMMENDED: dict[str, Pool] = {
    "physical": {
        "fr": ("Remontage des fragments par un restaurateur.", "Évacuer vers un lieu sûr."),
        "ar": ("تجميع الأجزاء على يد مرمم مختص.", "الإخلاء إلى مكان آمن."),
        "uk": ("Складання фрагментів реставратором.", "Евакуювати до безпечного сховища."),
        "en": ("Reassembly by a conservator.", "Evacuate to a safe place."),
    },
    "fire": {
        "fr": ("Nettoyage de la suie grasse en atelier.", "Consolidation des zones carbonisées."),
        "ar": ("تنظيف السخام الدهني في المختبر.", "تقوية المناطق المتفحمة."),
        "uk": ("Видалення жирної кіптяви в реставраційній майстерні.",
               "Зміцнення обвуглених ділянок."),
        "en": ("Remove greasy soot in the studio.", "Consolidate the charred areas."),
    },
    "water": {
        "fr": ("Surveiller l'humidité relative ; traitement des moisissures.",),
        "ar": ("مراقبة الرطوبة النسبية ومعالجة العفن.",),
        "uk": ("Контроль відносної вологості; обробка від плісняви.",),
        "en": ("Monitor relative humidity; treat the mould.",),
    },
    "theft": {
        "fr": ("Inscrire l'objet dans les bases de données d'objets volés.",),
        "ar": ("تسجيل القطعة في قواعد بيانات القطع المسروقة.",),
        "uk": ("Внести предмет до баз даних викрадених культурних цінностей.",),
        "en": ("Register the object in stolen-art databases.",),
    },
    "climate": {
        "fr": ("Rétablir un climat stable (45–55 % HR).",),
        "ar": ("إعادة مناخ مستقر (رطوبة نسبية 45-55٪).",),
        "uk": ("Відновити стабільний клімат (45–55 % відносної вологості).",),
        "en": ("Restore a stable climate (45–55% RH).",),
    },
}

HAZARDS: dict[str, Pool] = {
    "physical": {
        "fr": ("Plafond instable au-dessus de la réserve.", "Munitions non explosées signalées."),
        "ar": ("سقف غير مستقر فوق المخزن.", "وجود ذخائر غير منفجرة."),
        "uk": ("Нестійке перекриття над сховищем.", "Можливі нерозірвані боєприпаси."),
        "en": ("Unstable ceiling above the store.", "Unexploded ordnance reported."),
    },
    "fire": {
        "fr": ("Eau d'extinction stagnante : risque de moisissures sous 48 h.",),
        "ar": ("مياه الإطفاء الراكدة: خطر العفن خلال 48 ساعة.",),
        "uk": ("Вода після гасіння: ризик плісняви протягом 48 годин.",),
        "en": ("Standing firefighting water: mould risk within 48 h.",),
    },
    "water": {
        "fr": ("Humidité résiduelle dans les murs.",),
        "ar": ("رطوبة متبقية في الجدران.",),
        "uk": ("Залишкова вологість у стінах.",),
        "en": ("Residual moisture in the walls.",),
    },
    "theft": {
        "fr": ("Serrures forcées : le bâtiment n'est plus sécurisé.",),
        "ar": ("أقفال مكسورة: المبنى لم يعد آمناً.",),
        "uk": ("Зламані замки: будівля не охороняється.",),
        "en": ("Forced locks: the building is no longer secure.",),
    },
    "climate": {
        "fr": ("Infestation d'insectes possible.",),
        "ar": ("احتمال إصابة بالحشرات.",),
        "uk": ("Можливе ураження комахами.",),
        "en": ("Possible insect infestation.",),
    },
}


def pick_text(pool: Pool, language: str) -> tuple[str, ...]:
    """The phrases of ``pool`` in ``language``, else in English, else in any language."""
    return pool.get(language) or pool.get("en") or next(iter(pool.values()))


# Titles of the pools above in the languages a second team writes them in (the pools are not
# parallel: each language has its own objects). Used for the demo's objects documented twice.
TITLE_TRANSLATIONS: tuple[dict[str, str], ...] = tuple(
    {k: v for k, v in zip(("fr", "ar", "en", "uk"), row, strict=False) if v}
    for row in (
        ("Stèle funéraire palmyrénienne", "شاهدة قبر تدمرية", "Palmyrene funerary stele"),
        ("Relief funéraire à buste féminin", "نقش جنائزي لامرأة",
         "Funerary relief with a female bust"),
        ("Relief funéraire à buste masculin", "نقش جنائزي لرجل",
         "Funerary relief with a male bust"),
        ("Fragment de stèle inscrite", "جزء من شاهدة منقوشة", "Fragment of an inscribed stele"),
        ("Stèle votive à inscription grecque", "لوح نذري بنقش يوناني",
         "Votive stele with a Greek inscription"),
        ("Jarre à glaçure turquoise", "جرة فخارية مزججة", "Turquoise-glazed jar"),
        ("Bol à décor lustré", "سلطانية بزخارف ذات بريق معدني", "Lustreware bowl"),
        ("Albarelle à décor bleu et noir", "برنية بزخارف زرقاء وسوداء",
         "Albarello with blue and black decoration"),
        ("Coupe à décor sous glaçure", "كأس مزجج بزخارف تحت الطلاء", "Underglaze-painted cup"),
        ("Amphore de transport", "أمفورة نقل", "Transport amphora"),
        ("Lampe à huile en terre cuite", "مسرجة فخارية", "Terracotta oil lamp"),
        ("Jarre de stockage", "جرة تخزين فخارية", "Storage jar"),
        ("Cruche à anse", "إبريق فخاري بمقبض", "Handled jug"),
        ("Icône de la Vierge Hodigitria", "أيقونة السيدة العذراء الهادية",
         "Icon of the Virgin Hodegetria", "Ікона Богородиці Одигітрії"),
        ("Icône de saint Georges terrassant le dragon", "أيقونة القديس جاورجيوس قاتل التنين",
         "Icon of Saint George and the Dragon", "Ікона святого Георгія Змієборця"),
        ("Icône de saint Nicolas", "أيقونة القديس نيقولاوس", "Icon of Saint Nicholas",
         "Ікона святого Миколая Чудотворця"),
        ("Icône du Christ Pantocrator", "أيقونة المسيح ضابط الكل", "Icon of Christ Pantocrator",
         "Ікона Спаса Вседержителя"),
        ("Manuscrit de jurisprudence malikite", "مخطوط في الفقه المالكي",
         "Manuscript of Maliki jurisprudence"),
        ("Recueil de poèmes soufis", "ديوان شعر صوفي", "Collection of Sufi poems"),
        ("Traité d'astronomie", "رسالة في علم الفلك", "Treatise on astronomy"),
        ("Coran en écriture soudanaise", "مصحف بالخط السوداني", "Qur'an in Sudani script"),
        ("Statuette de divinité en bronze", "تمثال برونزي صغير لإله",
         "Bronze statuette of a deity"),
        ("Figurine votive en bronze", "دمية نذرية برونزية", "Votive bronze figurine"),
        ("Statuette d'orant", "تمثال متعبد صغير", "Statuette of a worshipper"),
        ("Tétradrachme d'argent", "تترادراخما فضية", "Silver tetradrachm"),
        ("Dinar d'or abbasside", "دينار ذهبي عباسي", "Abbasid gold dinar"),
        ("Dirham d'argent omeyyade", "درهم فضي أموي", "Umayyad silver dirham"),
        ("Follis de bronze byzantin", "فلس برونزي بيزنطي", "Byzantine bronze follis"),
        ("Tapis tissé (kilim)", "بساط صوفي (كليم)", "Flat-woven rug (kilim)"),
    )
)
