// Planners' paraphrases of the form's wording, read as the form's words before scoring; and fixed expressions whose
// words would otherwise count for an item they do not mean. Each entry is a phrase family seen in regional acts.

interface Paraphrase {
  re: RegExp;
  /** Words of the form this phrase means (added to the text); null: the phrase is dropped. */
  means: string | null;
}

// (?<![а-я]) stands for \b, which JavaScript regexes only know for Latin letters.
const PARAPHRASES: Paraphrase[] = [
  // The adjective «открытый» («дни открытых дверей», «открытые уроки», «в открытом доступе») shares its stem with
  // «открытие», the opening of a centre, but means something else; the short form «центр открыт» stays.
  {
    re: /(?<![а-я])открыт(?:ый|ая|ое|ые|ых|ого|ой|ом|ому|ую|ым|ыми)(?![а-я])/g,
    means: null,
  },
  // A meeting's own name in quotes («Родительское собрание «Открываем центр «Точка роста»»», «совещание «Готовы к
  // открытию»») names what it is about, not the step: its words are not the form's.
  {
    re: /(?<![а-я])(?:собрани|совещани|встреч|круглый\s+стол|акци|линейк|классн[а-я]*\s+час)[а-я]*\s+«[^»]*»/g,
    means: null,
  },
  // «мониторинг хода внедрения (целевой модели ЦОС)» is the form's «мониторинг хода реализации».
  { re: /(?<![а-я])ход[а-я]*\s+внедрени/g, means: "хода реализации" },
  // «Мониторинг ЦОС (август)», «мониторинг внедрения ЦОС — ноябрь»: the form's only monitorings of ЦОС are of its progress.
  { re: /(?<![а-я])мониторинг[а-я]*\s+(?:внедрени[а-я]*\s+)?цос(?![а-я])/g, means: "хода реализации" },
  // «назначение координатора, ответственного за внедрение …», «ответственного специалиста Комитета за создание …», «руководитель
  // центра, ответственный за его создание», «лицо, отвечающее за создание и работу …»: the form's
  // «ответственное (должностное) лицо» for the centres; «ответственный за охрану труда» is not that, nor a body
  // («ответственный за создание … центров орган исполнительной власти», «орган, ответственный за …»).
  // The centre may be named by its brand in quotes: «ответственного за «Точку роста» в школе»; a place may come
  // between: «ответственного в районе за создание …».
  {
    re: /(?<![а-я])(?<!(?<![а-я])орган[а-я]*(?:\s+[а-я]+){0,3}\s*,?\s*)(?:ответственн|отвечающ)[а-я]*\s+(?:(?:в|во|на|по)\s+[а-я]+\s+)?(?:(?:специалист|сотрудник|работник)[а-я]*\s+(?:[а-я]+\s+)?)?за\s+(?:(?:его|ее|её|их)\s+)?["«]?(?:школьн[а-я]*\s+)?(?:создани|функционировани|внедрени|реализаци|открыти|центр|кванториум|технопарк|точк[а-я]*\s+роста)(?![^;:]{0,120}?(?<![а-я])орган(?:а|ом|у|ы|ов)?(?![а-я]))/g,
    means: "ответственное лицо",
  },
  // «Назначение ответственного» alone, «… ответственного за ЦОС» or «… ответственного специалиста (управления)» is
  // the official; a seminar or training «для ответственных за ЦОС» in the schools is not (the appointment names it).
  {
    re: /(?<![а-я])назначен[а-я]*\s+(?:[а-я]+\s+)?ответственн[а-я]*(?=\s*(?:$|[;.(]|за\s+цос(?![а-я])|(?:специалист|сотрудник|работник)[а-я]*(?![а-я])))/g,
    means: "ответственное лицо",
  },
  // A bare «показатели» as a step of its own (a whole «;» or «,» part of a list of approvals) are the activity
  // indicators; «мониторинг показателей», «отчёт о показателях» have words before them.
  { re: /(?<=(?:^|[;,])\s*)показател[а-я]*(?=\s*(?:$|[;,.]))/g, means: "показателей деятельности" },
  // «показатели (и индикаторы) создания и функционирования» are the form's «показатели деятельности».
  { re: /(?<![а-я])показател[а-я]*(?:\s+[а-я]+){0,4}\s+функционировани/g, means: "деятельности" },
  // Plain regional words for the form's items: a «куратор» or «координатор» of the centres is the official, «целевые показатели работы»
  // the activity indicators, a «план методического сопровождения» the complex plan, «планировка» the zoning,
  // «сведения о школах» the information note, «фотофиксация», «фотоотчёт» the photo monitoring, «достижение показателей» their
  // monitoring, «обучение педагогов» / «дополнительные профессиональные программы» the professional development.
  { re: /(?<![а-я])куратор(?:а|ов|ом|у)?(?![а-я])/g, means: "ответственное лицо" },
  // A «координатор» is the official too, but not when a body is named before it («… орган исполнительной власти
  // (региональный координатор)»), nor as the party a step is agreed with or sent to («согласование планировки с
  // региональным координатором»).
  {
    re: /(?<!(?<![а-я])орган[^;:]{0,120})(?<!(?<![а-я])(?:с|со|к|через)\s+(?:[а-я]+\s+)?)(?<![а-я])координатор(?:а|ов|ом|у)?(?![а-я])/g,
    means: "ответственное лицо",
  },
  { re: /(?<![а-я])показател[а-я]*\s+работы/g, means: "деятельности" },
  {
    re: /(?<![а-я])план[а-я]*\s+методическ[а-я]*\s+(?:сопровождени|поддержк)/g,
    means: "комплексный план организационно-методической поддержке",
  },
  { re: /(?<![а-я])планировк[а-я]*/g, means: "зонирования" },
  {
    re: /(?<![а-я])(?:сведени[а-я]*|справк[а-я]*)\s+об?\s+(?:школ|общеобразовательн|образовательн)/g,
    means: "информационная справка",
  },
  // A school's «справка о готовности (к открытию центра)» is the information note the form asks for by 30 June.
  { re: /(?<![а-я])справк[а-я]*\s+о\s+готовност/g, means: "информационная справка" },
  // «Справка о гимназии (о школе, об ОО) для …»: the information note on the school the form asks for.
  {
    re: /(?<![а-я])справк[а-я]*\s+об?\s+(?:школ|гимнази|лице|общеобразовательн|организаци|оо(?![а-я]))/g,
    means: "информационная справка",
  },
  // ЦОС equipment by kind («ноутбуков, МФУ и интерактивной панели»): the equipment the form's steps name.
  {
    re: /(?<![а-я])(?:ноутбук|мфу(?![а-я])|интерактивн[а-я]*\s+(?:панел|доск|комплекс)|компьютерн[а-я]*\s+техник)/g,
    means: "оборудования",
  },
  // «информация для справки федеральному оператору»: the information note the form asks for.
  {
    re: /(?<![а-я])(?:информаци[а-я]*\s+(?:для\s+)?справк|справк[а-я]*\s+(?:для\s+|в\s+адрес\s+)?федеральн[а-я]*\s+оператор)/g,
    means: "информационная справка",
  },
  // «базовое оборудование в школе имеется», «наличие базового (комплекта, перечня) оборудования»: the form's basic set.
  {
    re: /(?<![а-я])базов[а-я]*\s+(?:(?:комплект|перечн|перечен|список|списк)[а-я]*\s+)?оборудовани/g,
    means: "базовый набор",
  },
  // A school's «назначение руководителя центра», «назначен руководитель центра» is its official responsible for it.
  {
    re: /(?<![а-я])назначен[а-я]*\s+руководител[а-я]*\s+(?:центр|кванториум|технопарк|it-куб)/g,
    means: "ответственное лицо",
  },
  { re: /(?<![а-я])(?:фотофиксаци|фотоотчет)/g, means: "фотомониторинг" },
  { re: /(?<![а-я])достижени[а-я]*\s+показател/g, means: "мониторинг выполнения показателей" },
  // A school's «отчёт о (по) показателям (деятельности) центра» is its part in the quarterly monitoring of them.
  {
    re: /(?<![а-я])отчет[а-я]*\s+(?:о|об|по)\s+(?:[а-я]+\s+)?показател[а-я]*(?:\s+деятельности)?/g,
    means: "мониторинг выполнения показателей",
  },
  // «мониторинг (целевых) показателей» is the quarterly monitoring of the indicators, never their approval.
  { re: /(?<![а-я])мониторинг[а-я]*\s+(?:[а-я]+\s+){0,2}?показател/g, means: "выполнения показателей" },
  // «показатели и индикаторы» is the form's set of the centres' activity indicators.
  { re: /(?<![а-я])показател[а-я]*\s+и\s+индикатор/g, means: "деятельности" },
  // «перечень (реестр, список) школ», «перечень (реестр) школ», «перечень общеобразовательных организаций (— получателей
  // оборудования)», «реестр организаций-участников», «перечень организаций, в которых …», a bare «реестр организаций»
  // (closing the phrase: not «… организаций-поставщиков») in a roadmap for the centres
  // is the list of schools they are created in; a school is an общеобразовательная and so an образовательная
  // организация (Кванториум's form), so the text gains both.
  {
    re: /(?<![а-я])(?:перечн|перечен|реестр|списк|список)[а-я]*(?:\s*\([^()]{1,30}\))?\s+(?:школ|оо(?![а-я])|(?:обще)?образовательн[а-я]*\s+(?:и\s+[а-я]+\s+(?:образовательн[а-я]*\s+)?)?организаци|организаци[а-я]*(?=[\s,—–-]*(?:в\s+которых|где|на\s+базе|участник)|\s*(?:\(|[;.]|$)))/g,
    means: "перечень общеобразовательных организаций образовательных организаций на базе которых",
  },
  // «(организаций,) в которых (где) в 2027 году создаются (будут созданы) центры», «… внедряется ЦОС» are those «на
  // базе которых» they are made (for ЦОС, those taking part).
  {
    re: /(?<![а-я])(?:в\s+(?:которых|которой)|где)(?:\s+[^\s,;]+){0,4}?\s+(?:будут\s+|планируется\s+)?(?:созда|внедря)/g,
    means: "на базе которых",
  },
  // «участвующих (во внедрении …)» is the form's «принимающих участие».
  { re: /(?<![а-я])участвующ[а-я]*/g, means: "принимающих участие" },
  // Placing the procurement notices («размещение извещений», «извещения размещены») is announcing the procurement.
  {
    re: /(?<![а-я])(?:размещен[а-я]*\s+(?:в\s+еис\s+)?извещени|извещени[а-я]*(?:\s+[а-я]+){0,3}\s+размещен)/g,
    means: "объявлены закупки",
  },
  // A procurement procedure by name («электронный аукцион», «запрос котировок (предложений)») announces the procurement;
  // a «конкурс» is not one (contests of pupils' projects are a plan's events).
  {
    re: /(?<![а-я])(?:аукцион|запрос[а-я]*\s+(?:котировок|предложений))/g,
    means: "объявлены закупки",
  },
  // A school's «участие в (совместной) закупке оборудования» is its part in the procurement.
  { re: /(?<![а-я])участи[а-я]*\s+в\s+(?:совместн[а-я]*\s+)?закупк/g, means: "объявлены закупки" },
  // «Получение и подключение оборудования», «ввод оборудования в эксплуатацию»: its delivery and setting up.
  {
    re: /(?<![а-я])(?:(?:получени|подключени)[а-я]*\s+(?:и\s+[а-я]+\s+)?оборудовани|ввод[а-я]*\s+(?:[а-я]+\s+){0,2}в\s+эксплуатаци)/g,
    means: "поставка наладка",
  },
  // «Утверждение реестра (МАОУ «Гимназия № 2»)»: the register of the schools the Кванториумы are made in.
  {
    re: /(?<![а-я])утвержд[а-я]*\s+реестр[а-я]*(?=\s*(?:\(|$|[;.]))/g,
    means: "реестр общеобразовательных организаций образовательных организаций на базе которых",
  },
  // «Проведение закупочных процедур на поставку оборудования»: the procurement by its procedure's other name.
  { re: /(?<![а-я])закупочн[а-я]*\s+(?:процедур|процесс)/g, means: "объявлены закупки" },
  // A school's «предоставление сведений (информации, данных) для мониторинга» is its part in the ЦОС progress monitoring.
  // «данные мониторинга (август)» likewise.
  {
    re: /(?<![а-я])(?:сведени|информаци|данн)[а-я]*\s+(?:(?:для|к)\s+)?мониторинг/g,
    means: "хода реализации",
  },
  // «Школа в перечне получателей (оборудования)», «включена в перечень получателей»: the list of participating schools.
  {
    re: /(?<![а-я])(?:перечн|перечен|реестр|списк|список)[а-я]*\s+(?:организаци[а-я]*[\s-]+)?получател/g,
    means: "перечень образовательных организаций принимающих участие",
  },
  // «Приёмка (, установка и наладка) оборудования (ноутбуков, МФУ)» at the school is its delivery; the register of documents «о приёмке»
  // (the acceptance register) is not.
  {
    re: /(?<![а-я])(?<!(?:о|об|подтверждающ[а-я]*)\s)приемк[а-я]*,?\s+(?:(?:и\s+)?[а-я]+,?\s+){0,3}(?:оборудовани|ноутбук|мфу(?![а-я])|компьютер|интерактивн)/g,
    means: "поставка",
  },
  // A complex plan's directions in short: two of «конференции, фестивали, форумы» name the exchange of experience;
  // «мероприятия (Минпросвещения и) федерального оператора», its «форум (центров) федерального оператора» the federal
  // events direction.
  {
    re: /(?<![а-я])(?:конференци|фестивал|форум)[а-я]*,?\s+(?:и\s+)?(?:конференци|фестивал|форум)/g,
    means: "обмену опытом",
  },
  // «трансляция (лучшего) опыта», «показ опыта коллегам», «распространение», «представление», «обобщение опыта»: the
  // effective practice direction.
  {
    re: /(?<![а-я])(?:трансляци|показ|распространени|представлени|презентаци|обобщени)[а-я]*\s+(?:[а-я]+\s+){0,2}?опыт/g,
    means: "демонстрация эффективного опыта",
  },
  // «Открытые занятия (уроки) педагогов центра для учителей района»: the centre shows its practice to colleagues; open
  // lessons for pupils or parents are not that. Not «демонстрация»: open lessons for the teachers of schools with low
  // results are that direction's support, named as strongly.
  {
    re: /(?<![а-я])открыт[а-я]*\s+(?:урок|заняти|мероприяти)[а-я]*(?:\s+[а-я]+){0,3}\s+для\s+(?:учител|педагог|коллег)/g,
    means: "эффективного опыта",
  },
  {
    re: /(?<![а-я])(?:мероприяти|форум|конференци|слет|семинар)[а-я]*\s+(?:[а-я]+\s+){0,2}?(?:минпросвещения|министерства\s+просвещения|федерального\s+оператора)/g,
    means: "мероприятиях организуемых минпросвещения федеральным оператором",
  },
  // «Вовлечение (обучающихся) в …» opens the form's direction 6 (… «в различные формы сопровождения и наставничества с
  // учётом … целевой модели»): it carries that direction's light words only, never «наставничества», so it decides a
  // heading together with the direction's number 6 and never a row by itself.
  {
    re: /(?<![а-я])вовлечени[а-я]*\s+(?:(?:обучающихся|детей|школьников)\s+)?в\s+/g,
    means: "сопровождения целевой модели",
  },
  // «Открыть Кванториум (центр)»: a step written as an order to open is the opening.
  { re: /(?<![а-я])открыть(?![а-я])/g, means: "открытие" },
  // «старт работы (деятельности)» of the centres is their start.
  { re: /(?<![а-я])старт[а-я]*\s+(?:работы|деятельности|функционировани)/g, means: "начало работы" },
  {
    re: /(?<![а-я])(?:обучени[а-я]*\s+педагог|дополнительн[а-я]*\s+профессиональн[а-я]*\s+программ)/g,
    means: "повышение квалификации",
  },
  // A school's side of the list: «включение (школы, МАОУ «СОШ № 7») в (утверждённый) перечень организаций», a letter
  // «о включении в перечень» is the form's list of schools (the register of those a Кванториум is made in).
  {
    re: /(?<![а-я])включени[а-я]*\s+(?:(?:школ[а-я]*|организаци[а-я]*|гимнази[а-я]*|лице[йяю]|оо)\s+|(?:[а-я]{2,5}\s+)?«[^»]{1,60}»+\s+)?в\s+(?:[а-я]+\s+){0,2}(?:перечень|список|реестр)/g,
    means:
      "перечень общеобразовательных организаций образовательных организаций на базе которых сельской местности",
  },
  // «школа включена в (утверждённый) перечень»: the same, said of the school.
  {
    re: /(?<![а-я])(?:школ[а-я]*|организаци[а-я]*|гимнази[а-я]*|лице[йяю]|оо)\s+включен[а-я]*\s+в\s+(?:[а-я]+\s+){0,2}(?:перечень|список|реестр)/g,
    means: "перечень общеобразовательных организаций сельской местности",
  },
  // «реестр школ — баз (площадок) Кванториумов», «перечень организаций — баз центров»: the schools they are made in.
  {
    re: /[—–-]\s*(?:баз(?:а|ы|ой|е|ам|ами|ах)?|площадк[а-я]*|площадок)\s+(?:[а-я]+\s+)?(?:кванториум|центр|технопарк)/g,
    means: "на базе которых создаются",
  },
  // «положение о (школьном) Кванториуме», «положение о центре»: the centre's regulation, which follows the form's model.
  {
    re: /(?<![а-я])положени[а-я]*\s+о\s+(?:[а-я]+\s+){0,2}?(?:кванториум|центр|технопарк)/g,
    means: "типовое положение о деятельности",
  },
  // «монтаж и пусконаладка оборудования» is the equipment installed and set up; «курсовая подготовка педагогов» their
  // professional development.
  {
    re: /(?<![а-я])монтаж[а-я]*(?:\s+[а-я]+){0,3}\s+пуско-?наладк|(?<![а-я])(?:монтаж|пуско-?наладк)[а-я]*\s+(?:[а-я]+\s+)?оборудовани/g,
    means: "установлено налажено оборудование",
  },
  // «курсы для педагогов (учителей) центра» too.
  {
    re: /(?<![а-я])курсов[а-я]*\s+подготовк[а-я]*\s+педагог|(?<![а-я])курс(?:ы|ов|ах)?\s+для\s+(?:[а-я]+\s+)?(?:педагог|учител)/g,
    means: "повышение квалификации",
  },
  // «2027/2028 уч. год», «уч.г.»: the usual short form of «учебный год».
  { re: /(?<![а-я])уч\.\s*г(?:од[а-я]*|\.)?(?![а-я])/g, means: "учебный год" },
  // A school's «планы работы (технопарков) на учебный год» are the form's event plans for the school year.
  {
    re: /(?<![а-я])план[а-я]*\s+работы(?:\s+[а-я]+){0,3}\s+на\s+(?:\d{4}\s*\/\s*\d{4}\s+)?(?:учебн|уч\.)/g,
    means: "планы мероприятий",
  },
  // «Утверждены показатели центра (Кванториума)»: the indicators of its activity.
  {
    re: /(?<![а-я])утвержд[а-я]*\s+показател[а-я]*\s+(?:[а-я]+\s+)?(?:центр|кванториум|технопарк)/g,
    means: "деятельности",
  },
  // «справка о ходе создания (центров)» for the federal operator is the form's information note.
  { re: /(?<![а-я])справк[а-я]*\s+о\s+ходе\s+(?:создани|работ|реализаци)/g, means: "информационная справка" },
  // «лучшие практики центров» are the complex plan's effective practice.
  { re: /(?<![а-я])лучш[а-я]*\s+практик/g, means: "эффективных практик" },
  // The stemmer cuts «опыт» to «оп» but «опыта» to «опыт»: «эффективный опыт», «демонстрация (лучшего) опыта» are the
  // form's «демонстрация эффективного опыта».
  {
    re: /(?<![а-я])(?:эффективн[а-я]*|демонстраци[а-я]*(?:\s+[а-я]+)?)\s+опыт/g,
    means: "эффективного опыта",
  },
  // A school plan's directions in plain words: «Вместе с соседними школами» (joint events), «Выбор профессии» (career
  // guidance), «Рассказываем о центре» (information campaigns), «Показываем опыт» (demonstrating effective practice).
  { re: /(?<![а-я])вместе\s+с\s+(?:[а-я]+\s+)?(?:школ|сосед)/g, means: "совместных мероприятий" },
  { re: /(?<![а-я])выб(?:ор|ира)[а-я]*\s+професси/g, means: "профориентационной" },
  // An event «для обучающихся центров и школ (района)», «… центров «Точка роста» и общеобразовательных организаций»: the
  // centres' and schools' joint events.
  {
    re: /(?<![а-я])(?:турнир|олимпиад|фестивал|квест|соревновани|конкурс|сл[её]т|праздник|игр|викторин|марафон|недел|выставк)[а-я]*[^;]{0,80}?(?:обучающихся|учащихся|школьников|детей)\s+(?:[а-я]+\s+){0,2}?центр[а-я]*\s+(?:«[^»]{1,30}»\s+)?и\s+(?:школ|общеобразовательн)/g,
    means: "совместных мероприятий",
  },
  // Excursions to a plant, a farm or a firm («на ООО …», «на завод», «в агрофирму»), and «профпробы»: career guidance.
  {
    re: /(?<![а-я])(?:экскурси[а-я]*\s+(?:[а-я]+\s+)?(?:на|в)\s+(?:[а-я]+\s+)?(?:предприяти|завод|агрофирм|агрохолдинг|производств|фабрик|комбинат|колхоз|ферм|(?:ооо|оао|зао|пао|ао)(?![а-я]))|профпроб)/g,
    means: "профориентационной",
  },
  { re: /(?<![а-я])рассказыва[а-я]*\s+о\s+/g, means: "информационных кампаний" },
  // «Публикации о работе центров в СМИ», «Новости центра в группе школы»: the plan's information campaigns.
  { re: /(?<![а-я])(?:публикаци|новост)[а-я]*\s+(?:(?:о|об|в)\s|центр)/g, means: "информационных кампаний" },
  { re: /(?<![а-я])показ[а-я]*\s+(?:[а-я]+\s+)?опыт/g, means: "демонстрация эффективного опыта" },
  // A list part that is only «положения» («утверждение дорожной карты, реестра, показателей и положения»): the
  // regulation of the centres the form has approved.
  { re: /^\s*(?:и\s+)?положени[а-я]*\s*$/g, means: "типовое положение" },
  // A school's «помощь отстающим (ученикам)» is its share of the support for low results.
  { re: /(?<![а-я])помощ[а-я]*\s+отстающ/g, means: "низкими результатами поддержке" },
  // «Наставник рядом», «назначение наставников»: a plan's mentoring direction («наставничества»).
  { re: /(?<![а-я])наставник/g, means: "наставничества" },
  // «Федеральные мероприятия», «Федеральный уровень», «участие … в программах Федерального оператора»: the direction
  // of taking part in the events of Минпросвещения and the federal operator.
  {
    re: /(?<![а-я])(?:федеральн[а-я]*\s+(?:мероприяти|уров)|участи[а-я]*\s+(?:[а-я]+\s+){0,7}?(?:федеральн[а-я]*\s+оператор|минпросвещени))/g,
    means: "мероприятиях организуемых минпросвещения федеральным оператором",
  },
  // «Информирование населения (родителей)», «популяризация», «День (неделя) открытых дверей»: the plan's information
  // campaigns.
  {
    re: /(?<![а-я])(?:информировани|популяризац|(?:дн[а-я]*|недел[а-я]*)\s+открытых\s+дверей)/g,
    means: "информационных кампаний",
  },
  // «мониторинг внедрения ЦОС» without «хода» is still the form's monitoring «хода реализации».
  { re: /(?<![а-я])мониторинг[а-я]*\s+внедрени/g, means: "хода реализации" },
  // «Курсы ПК педагогов», «ПК для педагогов центра»: the usual short form of «повышение квалификации».
  {
    re: /(?<![а-я])пк\s+(?:для\s+)?(?:педагог|учител|сотрудник|специалист)/g,
    means: "повышение квалификации",
  },
  // A step that opens with «Закупка (компьютерного) оборудования» is announcing that procurement; «закупка, доставка и
  // наладка оборудования» (words between) is its delivery, «технические задания на закупку …» a step before it.
  {
    re: /(?<=(?:^|;)\s*)закупк[а-я]*\s+(?:[а-я]+\s+)?оборудовани(?![^;]*(?:поставк|доставк|наладк|установк|монтаж))/g,
    means: "объявлены закупки",
  },
  // A school's «заявка на закупку (оборудования)» is its side of the procurement the form asks to announce.
  { re: /(?<![а-я])заявк[а-я]*\s+на\s+(?:проведение\s+)?закупк/g, means: "объявлены закупки" },
  // Equipment «получено», «поступило», «получение (и установка) оборудования», «получить, установить и подключить
  // оборудование» at the school is its delivery.
  {
    re: /(?<![а-я])(?:получени|поступлени)[а-я]*\s+(?:и\s+[а-я]+\s+)?(?:[а-я]+\s+)?оборудовани|(?<![а-я])получить,?\s+(?:(?:и\s+)?[а-я]+,?\s+){0,3}оборудовани|(?<![а-я])оборудовани[а-я]*\s+(?:[а-я]+\s+)?(?:получен|поступил)/g,
    means: "поставка",
  },
  // A complex plan's «информационное сопровождение (освещение)» direction is its information campaigns.
  {
    re: /(?<![а-я])информационн[а-я]*\s+(?:сопровождени|освещени|продвижени)/g,
    means: "информационных кампаний",
  },
  // «ЕКП» is the usual short form of the «единый комплексный план» («план работы центра в ЕКП района»).
  { re: /(?<![а-я])екп(?![а-я])/g, means: "единый комплексный план" },
  // A design project of the premises («дизайн-проект помещений») is the form's design and zoning project.
  { re: /(?<![а-я])дизайн-проект/g, means: "зонирования" },
  // An English working copy («Approval of the list of schools taking part …»): the form's words for its key terms.
  {
    re: /\b(?:list|register) of (?:the )?(?:participating )?(?:schools|(?:educational )?organi[sz]ations)\b/g,
    means: "перечень образовательных организаций",
  },
  { re: /\b(?:taking part|participating|participants?)\b/g, means: "принимающих участие" },
  { re: /\b(?:responsible )?officials?\b/g, means: "должностное лицо" },
  { re: /\binfrastructure list\b/g, means: "инфраструктурный лист" },
  { re: /\bprocurements?\b/g, means: "закупки" },
  { re: /\bannounce(?:d|ment)?\b/g, means: "объявлены" },
  { re: /\bprofessional development|advanced training\b/g, means: "повышение квалификации" },
  // «Teachers trained under programmes …», «training of teachers»: the form's professional development.
  {
    re: /\b(?:teachers?|staff|educators?)(?: (?:are|were|is))? trained\b|\btraining (?:of|for) (?:the )?(?:teachers|staff|educators)\b/g,
    means: "повышение квалификации",
  },
  // The other steps of the form as an English copy words them («set of measures (roadmap)», «schools hosting …»,
  // «model regulation», «information note», «event plans for the school year», «equipment installed and set up»).
  { re: /\bset of measures\b|\broad ?map\b/g, means: "комплекс мер" },
  { re: /\bhost(?:ing|s)?\b|\bbased at\b/g, means: "на базе которых создаются" },
  { re: /\b(?:performance|activity) indicators\b/g, means: "показателей деятельности" },
  // A possessive between («the technoparks' indicators», «centres’») or the noun first («indicator monitoring»).
  {
    re: /\bmonitoring of (?:the )?(?:[a-z]+['’]?s?['’]? ){0,2}indicators\b|\bindicators? monitoring\b/g,
    means: "мониторинг выполнения показателей",
  },
  { re: /\bquarterly\b/g, means: "ежеквартальный" },
  // «Monitoring of ЦОС implementation progress», «progress monitoring»: the form's monitoring «хода реализации».
  {
    re: /\b(?:implementation|rollout) progress\b|\bprogress (?:of|in) (?:the )?(?:[a-zа-я]+ ){0,2}implementation\b|\bprogress monitoring\b/g,
    means: "мониторинг хода реализации",
  },
  { re: /\bmodel regulations?\b|\bregulations? on the activit/g, means: "типовое положение" },
  { re: /\bdesign\b/g, means: "дизайн" },
  { re: /\bzoning\b/g, means: "зонирования" },
  { re: /\bbasic (?:equipment )?set\b/g, means: "базовый набор" },
  { re: /\bequipment\b/g, means: "оборудование" },
  { re: /\bteaching aids\b/g, means: "средств обучения и воспитания" },
  { re: /\binformation (?:note|sheet|reference)\b/g, means: "информационная справка" },
  { re: /\bindicators and targets\b|\btargets and indicators\b/g, means: "показателей деятельности" },
  { re: /\bevent plans?\b|\bplans? of (?:the )?events\b/g, means: "планы мероприятий" },
  { re: /\b(?:school|academic) year\b/g, means: "учебный год" },
  { re: /\binstall(?:ed|ation)?\b/g, means: "установлено" },
  { re: /\bset up\b|\bcommissioned\b|\bconfigured\b|\badjusted\b/g, means: "налажено" },
  { re: /\breceived\b|\bdeliver(?:ed|y)\b/g, means: "получено" },
  { re: /\bphoto[- ]?monitoring\b/g, means: "фотомониторинг" },
  { re: /\bpremises\b/g, means: "помещений" },
  {
    re: /\bbring(?:ing)? (?:[a-z']+ ){0,3}in(?:to)? (?:line|compliance|conformity) with\b/g,
    means: "приведению в соответствие",
  },
  { re: /\b(?:unified|joint|comprehensive|complex) plan\b/g, means: "единый комплексный план" },
  { re: /\borgani[sz]ational and methodological support\b/g, means: "организационно-методической поддержке" },
  {
    re: /\bopen and start\b|\bstart(?:s|ing)? (?:of )?work\b|\bstart operating\b|\bopening\b/g,
    means: "начало работы",
  },
];

/** The text with the form's words of every paraphrase it holds appended, and the misleading expressions dropped. */
export function withFormWords(text: string): string {
  const low = text.toLowerCase().replace(/ё/g, "е");
  let out = low;
  const added: string[] = [];
  for (const p of PARAPHRASES) {
    p.re.lastIndex = 0;
    if (!p.re.test(low)) continue;
    if (p.means === null) out = out.replace(p.re, " ");
    else added.push(p.means);
  }
  if (added.length === 0 && out === low) return text;
  return added.length === 0 ? out : `${out} ${added.join(" ")}`;
}
