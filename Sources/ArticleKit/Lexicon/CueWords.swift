/// Reporting verbs and phrases that attribute words to a speaker ("said", "told", "according to").
enum CueWords {
    /// Every inflected form of a reporting verb, lower case.
    static let verbs: Set<String> = {
        var forms: Set<String> = []
        for line in verbTable.split(separator: "\n") {
            for form in line.split(separator: " ") { forms.insert(String(form)) }
        }
        return forms
    }()

    /// One verb per line: its forms.
    private static let verbTable = """
        say says said saying
        tell tells told telling
        add adds added adding
        ask asks asked asking
        write writes wrote writing written
        urge urges urged urging
        warn warns warned warning
        explain explains explained explaining
        insist insists insisted insisting
        note notes noted noting
        argue argues argued arguing
        claim claims claimed claiming
        declare declares declared declaring
        state states stated stating
        stress stresses stressed stressing
        admit admits admitted admitting
        acknowledge acknowledges acknowledged acknowledging
        announce announces announced announcing
        reply replies replied replying
        respond responds responded responding
        recall recalls recalled recalling
        continue continues continued continuing
        concede concedes conceded conceding
        complain complains complained complaining
        conclude concludes concluded concluding
        confirm confirms confirmed confirming
        suggest suggests suggested suggesting
        predict predicts predicted predicting
        tweet tweets tweeted tweeting
        post posts posted posting
        joke jokes joked joking
        quip quips quipped quipping
        boast boasts boasted boasting
        lament laments lamented lamenting
        observe observes observed observing
        remark remarks remarked remarking
        report reports reported reporting
        reveal reveals revealed revealing
        comment comments commented commenting
        counter counters countered countering
        caution cautions cautioned cautioning
        agree agrees agreed agreeing
        vow vows vowed vowing
        promise promises promised promising
        pledge pledges pledged pledging
        describe describes described describing
        call calls called calling
        exclaim exclaims exclaimed exclaiming
        shout shouts shouted shouting
        yell yells yelled yelling
        scream screams screamed screaming
        cry cries cried crying
        mutter mutters muttered muttering
        whisper whispers whispered whispering
        answer answers answered answering
        assert asserts asserted asserting
        maintain maintains maintained maintaining
        contend contends contended contending
        allege alleges alleged alleging
        charge charges charged charging
        accuse accuses accused accusing
        blame blames blamed blaming
        criticize criticizes criticized criticizing criticise criticises criticised criticising
        deny denies denied denying
        emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising
        mention mentions mentioned mentioning
        point points pointed pointing
        recount recounts recounted recounting
        recommend recommends recommended recommending
        demand demands demanded demanding
        plead pleads pleaded pleading
        beg begs begged begging
        repeat repeats repeated repeating
        reiterate reiterates reiterated reiterating
        testify testifies testified testifying
        predict predicts predicted predicting
        estimate estimates estimated estimating
        forecast forecasts forecasted forecasting
        think thinks thought
        believe believes believed
        hope hopes hoped
        fear fears feared
        worry worries worried
        wonder wonders wondered wondering
        speculate speculates speculated speculating
        tout touts touted touting
        proclaim proclaims proclaimed proclaiming
        brag brags bragged bragging
        gush gushes gushed gushing
        rail rails railed railing
        scoff scoffs scoffed scoffing
        sneer sneers sneered sneering
        snap snaps snapped snapping
        retort retorts retorted retorting
        interject interjects interjected
        chime chimes chimed
        begin begins began
        go goes went
        put puts
        offer offers offered offering
        insist insists insisted
        advise advises advised advising
        assure assures assured assuring
        inform informs informed informing
        remind reminds reminded reminding
        suggest suggests suggested
        announce announces announced
        opine opines opined
        muse muses mused musing
        sigh sighs sighed sighing
        laugh laughs laughed laughing
        smile smiles smiled smiling
        beam beams beamed
        quote quotes quoted quoting
        read reads
        summarize summarizes summarized summarise summarises summarised
        characterize characterizes characterized characterise characterises characterised
        dub dubs dubbed
        label labels labeled labelled
        insist insists insisted
        conclude concludes concluded
        acknowledge acknowledges acknowledged
        chant chants chanted chanting
        cite cites cited citing
        elaborate elaborates elaborated elaborating
        clarify clarifies clarified clarifying
        reason reasons reasoned reasoning
        confess confesses confessed confessing
        swear swears swore sworn swearing
        fume fumes fumed fuming
        thunder thunders thundered thundering
        marvel marvels marveled marvelled marveling marvelling
        concur concurs concurred concurring
        echo echoes echoed echoing
        underscore underscores underscored underscoring
        lecture lectures lectured lecturing
        mock mocks mocked mocking
        slam slams slammed slamming
        blast blasts blasted blasting
        thank thanks thanked thanking
        praise praises praised praising
        chuckle chuckles chuckled chuckling
        shrug shrugs shrugged shrugging
        sing sings sang singing
        read reads
        email emails emailed emailing
        text texts texted
        press presses pressed
        interrupt interrupts interrupted
        """

    /// Verbs that introduce names or titles rather than speech ("so-called", "titled", "dubbed").
    static let namingWords: Set<String> = [
        "so-called", "titled", "entitled", "headlined", "dubbed", "nicknamed", "named", "labeled", "labelled",
        "branded", "term", "terms", "word", "words", "phrase", "slogan", "motto", "banner", "hashtag", "sign",
        "signs", "album", "song", "book", "film", "movie", "show", "series", "novel", "play", "poem", "headline",
        "billed", "known", "captioned", "reads", "read", "emblazoned", "stamped", "marked", "called",
    ]

    /// Verbs that report thought rather than speech: they attribute a quote only right next to it.
    static let weakVerbs: Set<String> = [
        "think", "thinks", "thought", "believe", "believes", "believed", "hope", "hopes", "hoped", "fear", "fears",
        "feared", "worry", "worries", "worried", "go", "goes", "went", "put", "puts", "begin", "begins", "began",
        "call", "calls", "called", "calling", "read", "reads", "charge", "charges", "charged", "charging",
        "post", "posts", "posted", "posting", "point", "points", "pointed", "pointing", "offer", "offers",
        "offered", "offering", "continue", "continues", "continued", "continuing", "state", "states",
        "report", "reports", "reported", "reporting", "stated", "stating", "mention", "mentions", "mentioned", "mentioning",
        "quote", "quotes", "quoted", "quoting", "dub", "dubs", "dubbed", "label", "labels", "labeled",
        "labelled", "laugh", "laughs", "laughed", "laughing", "smile", "smiles", "smiled", "smiling",
        "beam", "beams", "beamed", "sigh", "sighs", "sighed", "estimate", "estimates", "estimated",
        "forecast", "forecasts", "forecasted", "demand", "demands", "demanded", "maintain", "maintains",
        "thank", "thanks", "thanked", "thanking", "praise", "praises", "praised", "praising", "mock", "mocks",
        "mocked", "mocking", "slam", "slams", "slammed", "blast", "blasts", "blasted", "shrug", "shrugged",
        "reason", "reasons", "reasoned", "echo", "echoes", "echoed",
        "maintained", "answer", "answers", "answered", "describe", "describes", "described", "describing",
        "promise", "promises", "promised", "summarize", "summarizes", "summarized", "summarise", "summarised",
        "characterize", "characterized", "characterise", "characterised", "wonder", "wonders", "wondered",
        "press", "presses", "pressed", "interrupt", "interrupts", "interrupted",
    ]

    /// Nouns that carry words as a source does ("in a statement", "the report").
    static let sourceNouns: Set<String> = CommonWords.words("""
        statement statements interview interviews letter letters speech speeches report reports memo memos email
        emails e-mail tweet tweets post posts release remarks comments testimony filing filings note notes briefing
        message messages op-ed column blog article editorial conference announcement document documents
        """)

    /// Auxiliaries and adverbs that may stand between a speaker and the verb ("Kerry also said", "has said").
    static let betweenSubjectAndVerb: Set<String> = CommonWords.words("""
        also later then further again once previously recently earlier still had has have would will was is
        once quickly simply later separately publicly privately repeatedly often frequently sometimes
        flatly bluntly openly angrily calmly proudly emphatically firmly quietly
        """)
}

extension CueWords {
    /// Verbs that can come before their speaker ("said Kerry", "added the minister").
    static let invertible: Set<String> = CommonWords.words("""
        said says added adds asked asks wrote writes explained explains continued continues insisted insists noted
        notes argued argues recalled recalls replied replies declared remarked observed conceded concedes stressed
        cautioned admitted acknowledged exclaimed quipped joked tweeted offered countered responded shouted beamed
        laughed sighed answered agreed complained predicted reported announced confirmed boasted warned suggested
        concluded recounted emphasized emphasised reasoned mused gushed marveled marvelled lamented
        read reads stated states elaborated clarified confessed fumed thundered chuckled shrugged
        """)

    /// Nouns for organisations that a description may name ("the ministry said").
    static let organizationNouns: Set<String> = CommonWords.words("""
        company firm group bank agency ministry department party club team court committee commission government
        office union organization organisation embassy newspaper paper network channel council board authority
        administration campaign regulator watchdog institute university school college hospital police army
        military militia corporation carrier airline maker manufacturer retailer operator developer exchange
        fund charity association federation league station broadcaster publisher
        """)
}
