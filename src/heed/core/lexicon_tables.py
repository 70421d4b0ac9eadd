"""Word classes per language for ``heed.core.lexicon`` (data only; see that module for how
they are read).

Writing rules: a word is matched whole; a word ending in ``*`` is a beginning ("envi*" is
"envie", "enviar", "envíen"). Words are written as people write them; accents are removed when
compiled, as in canonical text. Chinese, Japanese and Thai are written without spaces, so their
entries (``UNSPACED``) are looked for anywhere in the reply. ``phrases`` are several words
matched in order, "|" between them. Every word of a class should be one a reply uses *about
the messages or the writer*: a broad word ("para", "manda", "pos") turns ordinary chat into
reviews, which ``tests/core/test_lexicon.py`` counts on the chat turns and the real SMS.
"""

from __future__ import annotations

from typing import Final

# fmt: off
#: ``LEXICON[language][kind]``: kinds are neg, send, nsend (a negated verb of sending), msg,
#: stop, dele, obj, pester (a verb of calling, harassing or soliciting said to the sender:
#: "marquen", "appelez"), to_pester (its infinitive or gerund, after a verb of stopping:
#: "llamarme", "harceler"; never after a negation: "no puedo llamar" is not a request), more
#: (any more: a negated call in a longer message asks only with it, "ne m'appelez plus", not
#: "ne m'appelez pas maintenant"), calls (the noun for the calls: "ligações", "llamadas",
#: read after a verb of stopping, round 14: "pare de efetuar essas ligações"),
#: complaint, alone (single words) and phrases (several words, "|" between them, read as a
#: complaint or a request to be left alone).
LEXICON: Final[dict[str, dict[str, str]]] = {
    "es": {
        "neg": "no nunca jamas ni",
        "send": "envien envies envie enviar enviarme envienme manden mandes mande mandar mandarme "
                "escriban escribas escribir escribirme escribanme contacten contactes contactar "
                "contactarme llamen llames llamar llamarme molesten molestes molestar "
                "molestarme textear spamear recibir whatsappear",
        "msg": "mensaj* sms whatsapps correos emails publicidad promocion* ofertas anuncios "
               "notificaciones spam",
        "stop": "paren parad pare parar dejen deja dejad dejar detengan deten detener cesen cese "
                "cesar cancela "
                "cancelen cancelar suspendan",
        "pester": "llamen llames marquen marques molesten molestes hablen acosen hostiguen "
                  "chinguen fastidien busquen llamaran llamasen molestaran molestasen",
        "to_pester": "llamar llamarme llamarnos llamando marcar marcarme marcando molestar "
                     "molestarme molestando acosar acosarme acosando chingar chingando "
                     "hostigar hostigando fastidiar fastidiando ofrecer ofrecerme ofreciendo "
                     "ofrecerlas ofrecerlos venderme",
        "calls": "llamadas llamados llamaditas",
        "more": "mas ya nunca jamas",
        "dele": "borr* elimin* quit* sac* excl* desuscrib* baja",
        "obj": "lista listas datos numero registro* base suscripcion* cadena",
        "complaint": "acoso hostigamiento",
        "alone": "borrame eliminame sacame quitame desuscribirme desuscribanme",
        "phrases": "dejame en paz|dejenme en paz|deje de molestar|no molestar|esto es acoso|"
                   "es spam|me tienes harta|me tienes harto",
    },
    "pt": {
        "neg": "nao nunca jamais nem",
        "send": "enviem envie enviar enviarem mandem mande mandar escrevam escreva escrever "
                "contatem contate contatar contactem liguem ligue ligar perturbem perturbe "
                "incomodem incomode receber chateie chateiem",
        "msg": "mensag* sms whatsapps emails publicidade promoc* ofertas propaganda* anuncios "
               "notificac* spam",
        "stop": "parem pare parar cancelar cancelem cancele suspendam chega deixem deixe cessem "
                "cessar interrompam interromper",
        "pester": "liguem telefonem incomodem perturbem assediem importunem ligassem "
                  "telefonassem incomodassem perturbassem importunassem",
        "calls": "ligacoes ligacao chamadas telefonemas",
        "to_pester": "ligar ligando ligarem telefonar telefonando incomodar incomodando perturbar "
                     "perturbando assediar assediando oferecer oferecendo",
        "more": "mais nunca jamais",
        "dele": "remova removam remover exclu* apag* delet* tir* descadastr*",
        "obj": "lista listas dados numero cadastro* base meu meus minha me",
        "complaint": "assedio assediando",
        "alone": "descadastrar descadastre descadastra descadastro",
        "phrases": "me deixe em paz|me deixa em paz|deixa me em paz|deixe me em paz|isso e spam|"
                   "isto e spam|isso e assedio|nao ligue",
    },
    "fr": {
        "neg": "ne n' n'* pas jamais",
        "send": "envo* ecri* ecriv* contact* appelez appeler m'appeler rappelez harcel* derang* "
                "relanc* recevoir sollicit*",
        "msg": "messages message sms mails emails courriels pub pubs publicite* promo* offres "
               "spam newsletter* notifications demarchage* sollicitation* prospection*",
        "stop": "arret* stopp* cess*",
        "pester": "appelez harcelez demarchez sollicitez relancez derangez",
        "to_pester": "appeler telephoner harceler harcele harcelee harceles demarcher solliciter "
                     "relancer deranger",
        "calls": "appels appel",
        "more": "plus jamais",
        "dele": "supprim* retir* efface* radi* desinscri* desabonn*",
        "obj": "liste listes donnees numero fichier base moi",
        "complaint": "harcelement saoulez soulez gonflez emmerdez",
        "alone": "desinscrivez-moi desinscrivez desabonnez-moi desabonnez",
        "phrases": "laissez moi tranquille|laisse moi tranquille|foutez moi la paix|"
                   "fichez moi la paix|c'est du harcelement|c'est du spam|lachez moi la grappe|"
                   "lachez nous la grappe|lache moi la grappe|lachez moi les baskets",
    },
    "de": {
        "neg": "nicht kein keine keinen keine nie niemals",
        "send": "schick* senden sendet schreib* kontaktier* anruf* anzuruf* mail* belästig* nerv* "
                "stör* zuschick* zusend* erhalten bekommen",
        "msg": "nachricht* sms mails emails e-mails werbung newsletter angebote spam "
               "benachrichtigungen mitteilungen",
        "stop": "stopp* beend* einstell* aufhör* hör* unterlass*",
        "to_pester": "anzurufen belästigen belaestigen nerven kontaktieren",
        "calls": "anrufe werbeanrufe",
        "more": "mehr nie niemals",
        "dele": "lösch* entfern* austrag* streich* abmeld*",
        "obj": "liste verteiler daten nummer telefonnummer adresse datenbank kartei mich meine "
               "meinen",
        "complaint": "belästigung belaestigung",
        "alone": "abmelden austragen",
        "phrases": "lass mich in ruhe|lassen sie mich in ruhe|lasst mich in ruhe|das ist spam|"
                   "bitte stoppen",
    },
    "it": {
        "neg": "non mai",
        "send": "mand* invi* scriv* contatt* chiam* disturb* ricev* sentirti sentirvi",
        "msg": "messaggi* sms email mail pubblicita promozion* offerte notifiche spam newsletter",
        "stop": "smett* ferm* interromp* sospend* bast* cess*",
        "pester": "chiamatemi telefonatemi disturbatemi contattatemi tartassatemi",
        "to_pester": "chiamare chiamarmi chiamarci telefonare telefonarmi disturbare disturbarmi "
                     "molestare tartassare tartassarmi contattarmi",
        "calls": "chiamate telefonate",
        "more": "piu mai",
        "dele": "cancell* rimuov* elimin* togli* disiscriv*",
        "obj": "lista elenco dati numero database rubrica mi",
        "complaint": "molestie",
        "alone": "cancellatemi toglietemi rimuovetemi disiscrivetemi",
        "phrases": "lasciatemi in pace|lasciami in pace|mi lasci in pace|e spam|"
                   "ti denuncio|vi denuncio",
    },
    "nl": {
        "neg": "niet geen nooit",
        "send": "stuur* zend* sturen mail* bel* contact* appen app* lastig* ontvang*",
        "msg": "bericht* sms* mails reclame nieuwsbrie* spam aanbieding*",
        "stop": "stop stoppen stopt ophoud*",
        "pester": "bel belt",
        "to_pester": "bellen lastigvallen lastig benaderen",
        "more": "meer nooit",
        "dele": "verwijder* schrap* afmeld* uitschrijv*",
        "obj": "lijst gegevens nummer bestand database mij me mijn",
        "complaint": "intimidatie",
        "alone": "afmelden uitschrijven",
        "phrases": "laat me met rust|laat mij met rust|dit is spam",
    },
    "ru": {
        "neg": "не нет",
        "send": "пиш* писа* присыл* шли* слать отправл* звон* связыв* связы* беспоко* трево* "
                "спам* рассыл* получ* беспокои*",
        "msg": "сообщени* смс рассылк* реклам* спам уведомлени* письм*",
        "stop": "прекрат* останов* перестан* стоп отключ* хватит",
        "dele": "удал* убер* убр* исключ* вычеркн* отпиш* отпис*",
        "obj": "меня мой мои номер данные адрес базы базу список списка рассылки",
        "complaint": "домогательство преследование харассмент отстаньте отстань",
        "alone": "отпишись отпишите отписаться отписка отстаньте отстань",
        "phrases": "оставьте меня в покое|оставь меня в покое|это спам",
    },
    "uk": {
        "neg": "не ні",
        "send": "пиш* писа* надсил* шлі* дзвон* зв'яз* турбу* спам* розсил* отриму*",
        "msg": "повідомлен* смс розсилк* реклам* спам",
        "stop": "припин* зупин* перестан* стоп вимкн*",
        "dele": "видал* прибер* виключ* відпиш* відпис*",
        "obj": "мене мій мої номер дані списку список бази",
        "complaint": "переслідування",
        "alone": "відпишіть відписатися",
        "phrases": "залиште мене в спокої|дай мені спокій|дайте мені спокій",
    },
    "bg": {
        "neg": "не",
        "send": "пиш* праща* изпраща* звън* безпоко* търс* получава*",
        "msg": "съобщени* смс реклам* спам",
        "stop": "спр* прекрат*",
        "dele": "изтрий* изтрийте махн* премахн* отпиш*",
        "obj": "мен моя моите номер данни списък списъка",
        "complaint": "тормоз",
        "alone": "отпиши отпишете",
        "phrases": "оставете ме на мира|остави ме на мира",
    },
    "pl": {
        "neg": "nie",
        "send": "pisz* pisa* wysyl* wysył* kontakt* dzwon* nęk* nek* spamuj* przesyl* przesył* "
                "otrzymyw* dostawa*",
        "msg": "wiadomo* sms* smsów reklam* spam powiadomie* newsletter*",
        "stop": "przesta* zaprzesta* zatrzym* skoncz* skończ*",
        "dele": "usun* usuń* wykresl* wykreśl* wypisz*",
        "obj": "mnie moj mój moje numer dane listy liste listę bazy",
        "complaint": "nękanie nekanie zgłoszę zglosze",
        "alone": "wypiszcie wypisz",
        "phrases": "zostaw mnie w spokoju|zostawcie mnie w spokoju|dajcie mi spokoj",
    },
    "cs": {
        "neg": "ne nikdy",
        "nsend": "nepis* nepos* nevol* nekontakt* neotravuj*",
        "send": "psát psat piš* pis* posíl* posil* pošl* posl* volat volej* kontakt* obtěž* obtez*",
        "msg": "zprav* sms reklam* spam",
        "stop": "přestaň* prestan* zastav*",
        "dele": "smaž* smaz* odstraň* odstran* odhlas* vymaž* vymaz*",
        "obj": "mě me mne můj muj moje číslo cislo údaje udaje seznamu seznam",
        "complaint": "obtěžování obtezovani",
        "alone": "odhlásit odhlasit",
        "phrases": "nechte mě na pokoji|nechte me na pokoji|nech mě být",
    },
    "sk": {
        "neg": "nie ne nikdy",
        "nsend": "nepís* nepis* neposiel* nevolaj* nekontakt*",
        "send": "písa* pisa* posiel* kontakt* "
                "obťaž* obtaz*",
        "msg": "správ* sprav* sms reklam* spam",
        "stop": "prestaň* prestan* zastav*",
        "dele": "vymaž* vymaz* odstráň* odstran* odhlás* odhlas*",
        "obj": "ma mňa mna moje číslo cislo údaje udaje zoznamu zoznam",
        "complaint": "obťažovanie obtazovanie",
        "alone": "odhlásiť odhlasit",
        "phrases": "nechajte ma na pokoji|nechaj ma na pokoji",
    },
    "hr": {
        "neg": "ne nemojte nemoj nikad",
        "send": "šalj* salj* pisati pišite pisite zovite zvati kontakt* uznemir*",
        "msg": "poruk* sms reklam* spam",
        "stop": "prestan* zaustav*",
        "dele": "izbriš* izbris* obriš* obris* ukloni* makni* odjav*",
        "obj": "me mene moj moje broj podatke podaci popisa popis liste listu",
        "complaint": "uznemiravanje",
        "alone": "odjavi odjavite",
        "phrases": "ostavite me na miru|ostavi me na miru|pustite me na miru",
    },
    "sl": {
        "neg": "ne nikar",
        "send": "pošilj* posilj* pisati pišite pisite klicati kličite klicite kontakt* nadleguj*",
        "msg": "sporočil* sporocil* sms oglas* spam",
        "stop": "nehaj* prenehaj* ustav*",
        "dele": "izbriš* izbris* odstran* odjav*",
        "obj": "me mene moj moje številko stevilko podatke seznama seznam",
        "complaint": "nadlegovanje",
        "alone": "odjavite odjavi",
        "phrases": "pustite me pri miru|pusti me pri miru",
    },
    "ro": {
        "neg": "nu niciodata",
        "send": "trimit* trimite* scri* contact* sun* deranj* primi*",
        "msg": "mesaj* sms reclam* spam",
        "stop": "opri* inceta* înceta*",
        "dele": "sterg* șterg* sterge* șterge* elimin* scoate* dezabon*",
        "obj": "ma mă mie numarul numărul datele lista listă baza",
        "complaint": "hartuire hărțuire",
        "alone": "dezabonare dezabonati",
        "phrases": "lasa ma in pace|lăsați mă în pace|lasati ma in pace",
    },
    "hu": {
        "neg": "ne",
        "send": "küld* kuld* írjon irjon írjanak irjanak hívjon hivjon hívjanak hivjanak "
                "keress* zaklat* kapni",
        "msg": "üzenet* uzenet* sms* reklám* reklam* spam hírlevel* hirlevel*",
        "stop": "hagyj* fejezz* állíts* allits*",
        "dele": "töröl* torol* törölj* torolj* távolíts* tavolits* leiratkoz*",
        "obj": "engem számom szamom adataim adatai listáról listarol listá* lista*",
        "complaint": "zaklatás zaklatas",
        "alone": "leiratkozás leiratkozas leiratkozom",
        "phrases": "hagyjon békén|hagyjanak békén|hagyj békén",
    },
    "fi": {
        "neg": "älä älkää ala alkaa en ei",
        "send": "lähet* lahet* kirjoit* soit* ota* ottak* häirit* hairit* vastaanot*",
        "msg": "viest* tekstiviest* sms mainok* roskaposti* spam",
        "stop": "lopet* lopeta",
        "dele": "poist* peru*",
        "obj": "minut minun numeroni tietoni listalta listasta rekisteri*",
        "complaint": "häirintää hairintaa häirintä",
        "alone": "poistakaa peruutan",
        "phrases": "jättäkää minut rauhaan|jätä minut rauhaan|jattakaa minut rauhaan",
    },
    "et": {
        "neg": "ära ärge ara arge ei",
        "send": "saat* kirjut* helist* võt* vot* tülit* tulit*",
        "msg": "sõnum* sonum* sms reklaam* spam",
        "stop": "lõpet* lopet* peat*",
        "dele": "kustut* eemalda* loobu*",
        "obj": "mind minu numbri andmed nimekirjast listist",
        "complaint": "ahistamine",
        "alone": "loobun",
        "phrases": "jätke mind rahule|jata mind rahule",
    },
    "lv": {
        "neg": "ne",
        "nsend": "nesūt* nesut* nerakst* nezvan* nesazin*",
        "send": "sūt* sut* rakst* zvan* sazin* traucē*",
        "msg": "ziņ* zin* sms reklām* reklam* spam",
        "stop": "pārtrauc* partrauc* beidz*",
        "dele": "dzēs* dzes* izņem* iznem* atrakstī* atrakst*",
        "obj": "mani manu manus numuru datus saraksta sarakstu",
        "complaint": "uzmākšanās uzmaksanas",
        "alone": "atrakstīties atrakstities",
        "phrases": "lieciet mani mierā|liec mani miera",
    },
    "lt": {
        "neg": "ne nebe",
        "nsend": "nesiųs* nesius* nerašy* nerasy* neskamb* nesusisiek*",
        "send": "siųs* sius* rašy* "
                "rasy* skamb* susisiek* trukdy*",
        "msg": "žinut* zinut* sms reklam* spam",
        "stop": "nustok* sustabdy* baik*",
        "dele": "ištrink* istrink* pašalink* pasalink* atsisak* atsisakau",
        "obj": "mane mano numerį numeri duomenis sąrašo saraso",
        "complaint": "priekabiavimas",
        "alone": "atsisakau atsisakyti",
        "phrases": "palikite mane ramybėje|palik mane ramybeje",
    },
    "sv": {
        "neg": "inte sluta aldrig ej",
        "send": "skick* skriv* ring* kontakt* stör* stor* sms:a smsa mejla maila få",
        "msg": "meddelande* sms reklam* nyhetsbrev* utskick* spam",
        "stop": "sluta stopp* avsluta*",
        "dele": "bort radera avregistr* avsluta*",
        "obj": "mig mitt mina nummer uppgifter listan lista register*",
        "complaint": "trakasserier",
        "alone": "avregistrera avprenumerera",
        "phrases": "lämna mig ifred|lamna mig ifred|låt mig vara|lat mig vara",
    },
    "da": {
        "neg": "ikke aldrig lad vaer",
        "send": "sende* skriv* ring* kontakt* forstyr* modtag* mail*",
        "msg": "besked* sms reklam* nyhedsbrev* spam",
        "stop": "stop stoppe*",
        "dele": "slet* fjern* afmeld* frameld*",
        "obj": "mig mit mine nummer oplysninger listen liste data",
        "complaint": "chikane",
        "alone": "afmeld frameld",
        "phrases": "lad mig være|lad mig vaere|lad mig være i fred|lad mig vaere i fred",
    },
    "nb": {
        "neg": "ikke aldri ikkje",
        "send": "sende* skriv* ring* kontakt* forstyrr* motta* mail*",
        "msg": "melding* sms reklam* nyhetsbrev* spam",
        "stop": "stopp* slutt*",
        "dele": "slett* fjern* avmeld* meld",
        "obj": "meg mitt mine nummer opplysninger listen liste data",
        "complaint": "trakassering",
        "alone": "avmeld avslutt",
        "phrases": "la meg være|la meg vaere|la meg være i fred",
    },
    "el": {
        "neg": "μη μην δεν οχι όχι",
        "send": "στελν* στείλ* στειλ* γραφ* γράφ* τηλεφων* επικοινων* ενοχλ* παιρν* παίρν* λαμβ*",
        "msg": "μηνυμα* μήνυμα* sms διαφημ* spam",
        "stop": "σταματ*",
        "dele": "διαγραφ* διαγράψ* διαγραψ* αφαιρ* βγαλ* βγάλ*",
        "obj": "με εμενα εμένα αριθμο αριθμό στοιχεια στοιχεία λιστα λίστα",
        "complaint": "παρενοχληση παρενόχληση",
        "alone": "διαγραφη διαγραφή",
        "phrases": "αφηστε με ησυχο|αφήστε με ήσυχο|αφησε με ησυχο|άσε με ήσυχο",
    },
    "tr": {
        "neg": "",
        "nsend": "atmayin* göndermeyin* yollamayin* yazmayin* aramayin* ulaşmayin* geçmeyin* "
                 "etmeyin*",
        "send": "",
        "msg": "mesaj* sms reklam* spam bildirim*",
        # the imperative, the demand, the wish and the question ("durdurun", "durdurulmasını",
        # "durdurmak istiyorum", "nasıl durdurabilirim"); not the participle or the past
        # ("SMS'de durduran ne oldu", "durdurdum", "durduruldu"): nobody is asked (round 81)
        "stop": "durdur durdurun* durdurulsun durdurulmas* durdurma* durdurabil* durdurami*",
        "dele": "sil* cikar* çıkar* kaldir* kaldır*",
        "obj": "beni numarami numaramı bilgilerimi listeden listenizden verilerimi",
        "complaint": "taciz",
        "alone": "",
        "phrases": "beni rahat birakin|beni rahat bırakın|beni rahat birak",
    },
    "ar": {
        "neg": "لا ما مش مو لم",
        "send": "ترسل* تبعث* تراسل* تتصل* تكتب* تزعج* تتواصل* ترسلو* ارسال* مراسل* اتصال* تواصل* "
                "استقبال تلقي",
        "msg": "رسائل رسايل رساله رسالة اعلانات عروض اشعارات سبام",
        "stop": "توقف* اوقف* كفى كف",
        "dele": "احذف* امسح* ازل* ازيل* ازالة شيل* الغ* الغاء",
        "obj": "رقمي اسمي بياناتي بريدي اشتراكي القائمة القائمه قائمة ني",
        "complaint": "تحرش ازعاج مزعج",
        "alone": "احذفني امسحني ازلني شيلني",
        "phrases": "اتركني وشاني|اتركوني وشاني|اتركني في حالي|دعني وشاني",
    },
    "fa": {
        "neg": "نه",
        "send": "نفرست* نزن* تماس* پیام* مزاحم*",
        "msg": "پیام* پیامک* تبلیغ*",
        "stop": "قطع* متوقف*",
        "dele": "حذف* پاک*",
        "obj": "من شماره* اطلاعات* لیست*",
        "complaint": "مزاحمت اسپم",
        "alone": "لغو",
        "phrases": "ولم کنید|راحتم بگذارید|دست از سرم بردارید",
    },
    "ur": {
        "neg": "نہ مت نا",
        "send": "بھیج* رابطہ کال",
        "msg": "پیغام* میسج* اشتہار*",
        "stop": "بند روک*",
        "dele": "ہٹا* حذف* مٹا* ڈیلیٹ",
        "obj": "مجھے میرا میری نمبر فہرست* لسٹ",
        "complaint": "ہراسانی تنگ",
        "alone": "",
        "phrases": "مجھے تنگ نہ کریں|مجھے اکیلا چھوڑ دو|مجھے اکیلا چھوڑ دیں",
    },
    "hi": {
        "neg": "मत न ना नहीं mat mt nahi",
        "send": "भेज* संपर्क* फोन* कॉल* परेशान* bhej* call* msg* message*",
        "msg": "मैसेज* मेसेज* संदेश* एसएमएस विज्ञापन* message* sms",
        "stop": "बंद band",
        "dele": "हटा* डिलीट* मिटा*",
        "obj": "मुझे मेरा मेरे मेरी नंबर सूची लिस्ट डेटा जानकारी",
        "complaint": "उत्पीड़न उत्पीडन परेशान",
        "alone": "",
        "phrases": "मुझे अकेला छोड़ दो|मुझे अकेला छोड़ दें|मुझे परेशान मत करो|"
                   "मुझे परेशान न करें",
    },
    "mr": {
        "neg": "नका नको",
        "send": "पाठव* संपर्क* फोन* कॉल*",
        "msg": "संदेश* मेसेज* एसएमएस जाहिरात*",
        "stop": "बंद थांबव*",
        "dele": "काढ* हटव*",
        "obj": "मला माझा माझे माझी नंबर यादी",
        "complaint": "त्रास",
        "alone": "",
        "phrases": "मला एकटे सोडा|मला त्रास देऊ नका",
    },
    "bn": {
        "neg": "না করবেন",
        "send": "পাঠা* যোগাযোগ* ফোন* কল* বিরক্ত*",
        "msg": "বার্তা* মেসেজ* এসএমএস বিজ্ঞাপন*",
        "stop": "বন্ধ থামা*",
        "dele": "মুছ* সরা* বাদ",
        "obj": "আমাকে আমার নম্বর তালিকা* লিস্ট*",
        "complaint": "হয়রানি বিরক্তিকর",
        "alone": "আনসাবস্ক্রাইব",
        "phrases": "আমাকে একা থাকতে দিন|আমাকে বিরক্ত করবেন না",
    },
    "ta": {
        "neg": "வேண்டாம் வேண்டாம்",
        "nsend": "அனுப்பாத* அனுப்பவேண்டாம்* தொடர்புகொள்ளாத* அழைக்காத*",
        "send": "அனுப்ப* தொடர்பு* அழைக்க* தொந்தரவு*",
        "msg": "செய்தி* மெசேஜ்* எஸ்எம்எஸ் விளம்பர*",
        "stop": "நிறுத்து*",
        "dele": "நீக்க* நீக்கு*",
        "obj": "என்னை எனது என் எண்ணை பட்டியலில்*",
        "complaint": "தொந்தரவு",
        "alone": "",
        "phrases": "என்னை தனியாக விடுங்கள்|என்னை தொந்தரவு செய்யாதீர்கள்",
    },
    "te": {
        "neg": "వద్దు వద్దండి",
        "nsend": "పంపవద్దు* పంపొద్దు* పంపకండి* పంపకు* సంప్రదించవద్దు* సంప్రదించకండి* "
                 "కాల్చేయవద్దు* ఫోన్చేయవద్దు*",  # the negation joined to the verb: "don't send"
        "send": "పంప* సంప్రదించ* కాల్* ఫోన్*",
        "msg": "సందేశా* మెసేజ్* ఎస్ఎంఎస్ ప్రకటన*",
        "stop": "ఆపండి ఆపు*",
        "dele": "తొలగించ*",
        "obj": "నన్ను నా నంబర్* జాబితా*",
        "complaint": "వేధింపు*",
        "alone": "",
        "phrases": "నన్ను ఒంటరిగా వదిలేయండి|నన్ను ఇబ్బంది పెట్టకండి",
    },
    "he": {
        "neg": "אל לא",
        "send": "תשלח* תכתוב* תכתבו* תתקשר* תפנה* תפנו* תטריד* תציק* תיצור* לשלוח ליצור לקבל",
        "msg": "הודעות הודעה מסרונים סמס פרסומות דיוור ספאם",
        "stop": "תפסיק* הפסק* די",
        "dele": "הסר* תסיר* מחק* תמחק* תוריד* הוריד*",
        "obj": "אותי המספר הפרטים מהרשימה הרשימה מהמאגר",
        "complaint": "הטרדה",
        "alone": "הסירו הסר",
        "phrases": "עזוב אותי|עזבו אותי|זה הטרדה|תעזבו אותי בשקט|עזבו אותי בשקט",
    },
    "id": {
        "neg": "jangan tidak gak nggak ga tak usah",
        "send": "kirim* hubung* menghubung* telepon* telpon* ganggu* mengganggu* sms* chat* "
                "spam* terima* menerima* wa",
        "msg": "pesan sms iklan promo spam notifikasi",
        "stop": "berhenti* hentikan stop",
        "to_pester": "menelepon menelpon nelpon nelepon menghubungi mengganggu ganggu neror "
                     "meneror",
        "calls": "panggilan teror",
        "dele": "hapus* keluarkan cabut",
        "obj": "saya aku nomor data daftar kontak",
        "complaint": "pelecehan",
        "alone": "",
        "phrases": "jangan ganggu saya|jangan ganggu aku",
    },
    "ms": {
        "neg": "jangan tidak tak usah",
        "send": "hantar* hubung* menghubung* telefon* ganggu* mengganggu* terima* menerima* "
                "mesej*",
        "msg": "mesej pesanan sms iklan promosi spam",
        "stop": "berhenti* hentikan",
        "dele": "padam* buang* keluarkan",
        "obj": "saya nombor data senarai",
        "complaint": "gangguan",
        "alone": "",
        "phrases": "jangan ganggu saya|tinggalkan saya",
    },
    "tl": {
        "neg": "wag huwag hindi ayoko",
        "send": "mag-text magtext text* padal* magpadala* tawag* tumawag* kontak* istorbo* "
                "abala*",
        "msg": "mensahe* text* sms",
        "stop": "tigil* itigil tama",
        "dele": "tanggal* alis* burahin",
        "obj": "ako akin ko numero listahan",
        "complaint": "panggugulo",
        "alone": "",
        "phrases": "tigilan mo ako|tigilan niyo ako|layuan mo ako",
    },
    "sw": {
        "neg": "sitaki",
        "nsend": "usinitumie* msinitumie* usinipigie* usiniandikie*",
        "send": "nitumie* tuma* piga* wasiliana*",
        "msg": "ujumbe meseji sms matangazo",
        "stop": "acha* sitisha*",
        "dele": "ondoa* futa*",
        "obj": "mimi namba nambari orodha*",
        "complaint": "usumbufu",
        "alone": "",
        "phrases": "niache|niacheni",
    },
    "vi": {
        "neg": "dung khong",
        "send": "nhan gui goi lien lac lien he lam phien nhan tin",
        "msg": "tin nhan tin sms quang cao email",
        "stop": "ngung dung",
        "dele": "xoa bo huy",
        "obj": "toi so danh sach du lieu thong tin",
        "complaint": "quay roi",
        "alone": "",
        "phrases": "de toi yen|dung lam phien|bo so toi|xoa toi",
    },
    "ca": {
        "neg": "no mai",
        "send": "envieu enviar envieu-me escriviu escriure contacteu truqueu molesteu rebre",
        "msg": "missatge* sms publicitat correus spam",
        "stop": "pareu deixeu",
        "dele": "esborr* elimin* tre* doneu-me",
        "obj": "llista dades numero",
        "complaint": "assetjament",
        "alone": "",
        "phrases": "deixeu me en pau|deixa m en pau",
    },
    "kk": {
        "neg": "жоқ емес",
        "send": "жазба* жібермеңіз* жіберме* хабарласпа* қоңырау*",
        "msg": "хабарлама* смс жарнама*",
        "stop": "тоқтат*",
        "dele": "өшір* алып",
        "obj": "мені нөмірімді тізімнен",
        "complaint": "",
        "alone": "",
        "phrases": "мені мазаламаңыз",
    },
    "ko": {
        "neg": "마 마세요 마십시오 말아 말아주세요 말아요 마요 않*",
        "send": "보내* 연락* 전화* 문자* 메시지* 카톡* 귀찮* 받*",
        "msg": "문자* 메시지* 광고* 스팸* 알림*",
        "stop": "그만* 중단* 중지*",
        "dele": "삭제* 지워* 빼* 제외*",
        "obj": "저를 제 저 번호* 정보* 명단* 목록* 리스트*",
        "complaint": "스팸 괴롭힘",
        "alone": "구독취소 수신거부 수신거절",
        "phrases": "",
    },
}

#: The same, for scripts written without spaces: each entry is looked for anywhere in the reply.
UNSPACED: Final[dict[str, dict[str, str]]] = {
    "zh": {
        # not 打 or 发 alone: "别打游戏了" (stop playing games), "别发啦" (don't post it)
        "neg": "不要 别 別 勿 不用 唔好 唔要 不想 唔想 不必 毋须 无需 無需 不需要",
        "send": "发短信 发信息 发消息 发广告 发给我 發短信 發訊息 發給我 发送 發送 联系我 聯繫我 "
                "聯絡我 联络我 打电话给我 给我打电话 給我打電話 打給我 打我电话 打我的电话 "
                "打我電話 打扰 打擾 骚扰 騷擾 推送 收到",
        "msg": "短信 信息 訊息 消息 广告 廣告 推广 推廣 营销 營銷",  # not 邮件: "别忘了看邮件"
        "stop": "停止 停发 停發",
        "dele": "删 刪 移除 去掉 移出 移走",
        "obj": "名单 名單 列表 收件人 我的号码 我的號碼 我的资料 我的資料 我的信息 我的邮箱 "
               "我的郵箱 把我 将我 將我",
        "complaint": "骚扰 騷擾 垃圾短信 烦死 煩死 没有订阅 沒有訂閱 没订阅 沒訂閱",
        "alone": "退订 退訂",
        "phrases": "不要再烦 不再收到 不收到",  # not 别烦我: between friends it asks nothing
        # words that hold a cue but are something else, read whole so that the cue inside is
        # not (the longest entry wins): the question "要不要" / "需不需要" (whether it is
        # needed, "借呗借款要不要短信验证码"), and the SMS verification code, a security step
        # and not messages to stop (round 65)
        "other": "要不要 需不需要 用不用 短信验证码 短信驗證碼 短信验证 短信驗證 验证码短信 "
                 "驗證碼短信 短信校验码 短信校驗碼",
    },
    "ja": {
        "neg": "ないで ないでください ないで下さい 不要 やめて やめてください",
        "send": "送ら 送信し 連絡し 電話し メールし 配信し",
        "msg": "メール メッセージ 配信 広告 案内",
        "stop": "停止 止め 止めて やめ",
        "dele": "削除 消し 外し 解除",
        "obj": "リスト 登録 名簿 番号 情報 私",
        "complaint": "迷惑 しつこい 嫌がらせ",
        "alone": "配信停止 登録解除 購読解除",
        "phrases": "ほっといて 放っておいて",
    },
    "th": {
        "neg": "อย่า ไม่ต้อง ไม่ต้องการ ไม่อยาก",
        "send": "ส่ง ติดต่อ โทร รบกวน รับ",
        "msg": "ข้อความ เอสเอ็มเอส โฆษณา อีเมล",
        "stop": "หยุด เลิก",
        "dele": "ลบ ถอด เอาออก",
        "obj": "ฉัน ผม เบอร์ รายชื่อ ข้อมูล",
        "complaint": "รบกวน สแปม",
        "alone": "ยกเลิก",
        "phrases": "ปล่อยฉันไว้ ปล่อยผมไว้ อย่ามายุ่ง",
    },
}
# fmt: on
