/// Common given names with their usual gender, written for Byline. A capitalised word from these lists starts
/// a person's name, and tells the pronoun ("he", "she") that can refer to the person.
enum FirstNames {
    static let male: Set<String> = CommonWords.words("""
        aaron abdul abdullah abe abraham adam adrian ahmad ahmed al alan alastair albert alberto alec alejandro
        alex alexander alexandre alexei alfred ali alistair allan allen alvin amir anand anders andre andreas
        andrei andres andrew andy angelo anthony antoine anton antonio arnaud arnold arthur ashok ashraf barack
        barry bart bashar ben benjamin bernard bernie bill billy bob bobby boris brad bradley brandon brendan brent
        brett brian bruce bruno bryan byron calvin cameron carl carlos cary chad charles charlie chris christian
        christoph christopher chuck clarence claude clay clayton clint cliff clifford clyde cody colin conor craig
        cristiano curt curtis cyril dale dan daniel danny darren dave david dean dennis denis derek desmond dick
        diego dieter dirk dmitry dmitri dominic don donald doug douglas duncan dustin dwight dylan ed eddie edgar
        edmund eduardo edward edwin elijah elliot elliott emmanuel enrique eric erik ernest ernesto esteban ethan
        eugene evan fabrice farid felipe felix ferdinand fernando francis francisco frank franklin fred freddie
        frederick gabriel garry gary gavin gene geoff geoffrey george georges gerald gerard gerhard giovanni glen
        glenn gordon graham grant greg gregory guillermo gustavo guy hamid hans harold harry hassan hector henry
        herbert herman hugh hugo hussein ian ibrahim igor ivan jack jacob jacques jaime jake james jamie jared
        jason javier jay jean jeb jeff jeffrey jeremy jerome jerry jesse jesus jim jimmy joachim joaquin joe joel
        johan john johnny jon jonas jonathan jorge jose josef joseph josh joshua juan julian julio justin kamal
        karl keith ken kenneth kevin khalid kim kirk klaus kofi kurt kyle lance larry laurent lawrence lee leo
        leon leonard leonardo leroy lewis lindsey lionel lloyd lorenzo louis luc luca lucas luis luke lyndon
        mahmoud malcolm manuel marat marc marcel marco marcus mario mark marshall martin marvin mason matt matteo
        matthew maurice max maxim michael michel miguel mikhail mike miles milton mitch mitchell mohamed mohammad
        mohammed muhammad murray nathan neil nelson nicholas nick nicola nicolas nigel noah norman oliver omar
        oscar otto owen pablo paddy patrick paul pedro pete peter phil philip philippe phillip pierre rafael rafa
        ralph ramon rand randy raul ray raymond reggie reginald reza ricardo richard rick ricky rob robert roberto
        robin rod rodney roger roland ron ronald ross roy ruben rudy rupert russell ryan saddam salman sam samir
        samuel sanjay scott sean sebastian sergei sergey sergio seth shane shaun shawn sid simon stan stanley
        stefan stephen steve steven stewart stuart sven ted terry theodore thierry thomas tim timothy toby todd
        tom tommy tony travis trevor troy tyler uday victor vijay vikram vincent vladimir wade walter warren
        wayne wesley will william willie wolfgang xavier yasser yuri yusuf zach zachary zbigniew jurgen juergen
        rahul narendra vladislav viktor lleyton andy roger greg tim rudolph rex dirk rolf ulrich helmut
        gerry jerry mitt marco rick newt ben reince lindsey joe hakeem elijah kareem dwayne lebron kobe tiger
        kanye jay-z shinzo xi jong-un kim emmanuel recep benjamin bibi bashar hosni abdel yoweri jacob cyril
        nawaz imran hamid ashraf fidel raul hugo nicolas evo luiz lula silvio matteo giuseppe pietro jens
        mark-paul idris ayman osama anwar nouri haider moqtada ismail mahmud akbar nasser gamal ehud ariel yitzhak
        shimon avigdor naftali reuven mustafa fethullah ahmet mevlut tayyip kemal
        """)

    static let female: Set<String> = CommonWords.words("""
        abigail ada adele adriana agnes aisha alice alicia alison allison alyssa amanda amber amelia amelie amy
        ana anastasia andrea angela angelina angie anita ann anna anne annette annie antonia april ariel ashley
        audrey barbara beatrice becky belinda beth betsy betty beverly bianca brenda bridget brigitte brittany
        camilla candice cara carla carly carmen carol caroline carolyn carrie catherine cathy cecilia celia
        charlotte chelsea cheryl chloe christina christine cindy claire clara claudia colleen connie conchita
        cynthia daisy dana danielle daphne debbie deborah debra denise diana diane dolores donna doris dorothy
        edith eileen elaine eleanor elena eleni elisabeth eliza elizabeth ella ellen elsa emily emma erica erin
        esther eva eve evelyn fatima felicity fiona florence frances francesca gabriela gabrielle gail georgia
        geraldine gillian gina giselle gloria grace gwen hannah harriet hayley heather heidi helen helena hilary
        hillary holly ingrid irene iris isabel isabella jackie jacqueline jade jane janet janice jasmine jean
        jeanne jennifer jenny jessica jill jo joan joanna joanne jocelyn josephine joy joyce judith judy julia
        julie juliet june karen karin kate katherine kathleen kathryn kathy katie katrin kay kelly kim kimberly
        kirsten kristen kristin laura lauren leah leila lena lesley leslie lily linda lindsay lisa liz liza
        lois lori lorraine louise lucia lucy lydia lynn madeleine madeline maggie margaret margarita maria
        marian marie marilyn marina marion marjorie martha mary maureen maxine megan megyn melania melanie
        melissa meryl mia michaela michele michelle mildred miranda miriam molly monica monique nadia nancy
        naomi natalia natalie natasha nicola nicole nikki nina nora olga olivia pamela patricia patty paula
        pauline peggy penny petra phoebe phyllis priscilla rachel rebecca regina renee rita roberta rosa
        rosalind rose rosemary ruth sabrina sally samantha sandra sara sarah serena sharon sheila shirley
        silvia simone sofia sonia sophie stella stephanie sue susan suzanne svetlana sylvia tamara tanya teresa
        theresa tiffany tina tracy ursula valerie vanessa vera veronica victoria violet virginia vivian wanda
        wendy whitney yolanda yvonne zoe venus serena lindsay maria anastasia svetlana alicia nadia vera
        justine kim jennifer martina steffi monica hillary chelsea nancy elizabeth condoleezza madeleine
        theresa angela marine segolene christine federica ursula kamala nikki carly michele sarah tulsi
        elizabeth amy kirsten debbie dianne barbara maxine ileana ilhan alexandria huma cheryl kellyanne hope
        ivanka tiffany melania jill laura rosalynn nancy hillary benazir indira sonia aung golda tzipi yulia
        """)

    /// The gender a given name suggests, if it is common enough to tell.
    static func gender(_ lowercased: String) -> Titles.Gender? {
        let m = male.contains(lowercased), f = female.contains(lowercased)
        if m && !f { return .male }
        if f && !m { return .female }
        return nil
    }

    static func isFirstName(_ lowercased: String) -> Bool {
        male.contains(lowercased) || female.contains(lowercased)
    }
}
