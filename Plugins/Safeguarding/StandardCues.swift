extension CueLexicon {
    /// The bundled cue lists: how residents disclose each risk, written from how people talk to a
    /// link worker (plain, indirect, misspelt, typed in a hurry), and the context classes that
    /// keep a programme, a course or an event long over from raising anything. See ``CueLexicon``
    /// for the format.
    static let standardText = """
        # ---------------------------------------------------------------- context classes
        # Framing: words about a subject, not a disclosure (a sentence with one raises nothing).
        frame: =watched|=watching|=watch a|an|the|that|this|some|=telly|=tv|it|them|=programmes|=films
        frame: =laughing|=laughed|=lol|=haha|=joking|=kidding|=jokingly
        frame: documentary|=documentaries|=programme|=program|=film|=movie|=novel|=storyline|=episode|=eastenders|=corrie|=panorama|=soap|=drama|=podcast|=article|=series
        frame: =book|=books|=story|=stories|=musical|=panto|=pantomime
        frame: =course|=training|=workshop|=champion|=webinar|=leaflet|=poster|=lecture|=seminar
        frame: a =talk
        frame: first aid
        frame: school =play
        frame: in the =play
        frame: on the =news
        # A time long ago.
        past: =ago
        past: in =1950*|=196*|=197*|=198*|=199*|=200*|=2010|=2011|=2012|=2013|=2014|=2015|=2016|=2017|=2018|=2019|=2020|=2021|=2022
        past: when i was|i'd ..2 young|little|=seventeen|=sixteen|=fifteen|teenager|=kid|=child|younger|=17|=16|=15|=18|=19|=20|=twenty|=eighteen|=nineteen
        past: as a =teenager|=kid|=child|=girl|=boy
        past: =last =year
        past: =back =then
        past: at the time
        past: in the past
        past: when my|he|she|the son|daughter|he|she|kids|=was|=were ..2 little|young|small|teenagers
        past: when =my =son|=daughter =was
        past: after my|the divorce
        past: i was in an|a abusive|violent|bad
        past: i left ..4 in =19*|=20*
        past: turns|turned out
        past: used to
        past: when i broke|had|fell|was|went
        # It is over, and they are well.
        resolved: =fine =now|=since
        resolved: =fine =ever =since
        resolved: =ok|=okay|=alright =now
        resolved: absolutely|been|doing =fine
        resolved: good place|life
        resolved: happy ever since
        resolved: been happy
        resolved: =happily|=happier
        resolved: back to normal
        resolved: in remission
        resolved: nowhere near
        resolved: well supported
        resolved: moved to|on
        resolved: haven't|not done it in|for|since
        resolved: haven't fallen for
        resolved: got it back
        resolved: =refunded
        resolved: case was closed
        resolved: no worries since
        resolved: sorted it all out
        resolved: caught him|her
        resolved: died years ago
        resolved: =co-parent|=coparent|=co
        resolved: works fine|well
        resolved: get on fine|well
        resolved: even better
        resolved: round his|her mate's|friend's|mates|friends
        resolved: it's all over now
        resolved: behind me
        # It is back, or still going on (these keep a past event current).
        recurs: =again|=lately|=recently|=anymore|=keeps|=keep|=nowadays
        recurs: these days
        recurs: same way
        recurs: feel|felt exactly
        recurs: like i did then
        recurs: coming back|on
        recurs: any more
        # Caring, anywhere in the resident's words (a resident known to be a carer counts too).
        care: =care|=caring|=carer|=respite|=diagnosis|=dementia|alzheimer*|=nursing
        care: look|looking|looked after
        care: up with him|her
        care: cared for
        care: lift|toilet|wash|change|dress him|her
        care: can't be left
        care: help|helping with mum|dad|him|her|mum's|dad's|his|my+husband|my+wife
        # A child named.
        child: kids|=kid|children|child|baby|toddler|=son|=son's|daughter|=boy|=boy's|=girl|=girl's|nephew|niece|grandson|granddaughter|eldest|youngest|stepson|stepdaughter|teenager|=lad|=boys|=girls|twins|school|nursery|kiddies|kiddie
        child: little one|ones
        # Someone other than a partner named (who a "known-abuse" cue is about).
        other-person: =carer|=carers|=lodger|=friend|=friend's|=mates|=people|=grandson|=granddaughter|=nephew|=niece|=son|=son's|=daughter|=daughter's|=neighbour|=church|=lady|=man|=bloke|=woman|=cousin
        # Now.
        now: =now|=tonight|=just|=outside|=upstairs|=downstairs
        now: on his|her|their way
        now: at the door
        now: this minute

        # ---------------------------------------------------------------- suicide and self-harm
        suicide-self-harm: suicid*
        suicide-self-harm: kill|killing|killed myself|meself
        suicide-self-harm: end|ending it all
        suicide-self-harm: end|ending my life
        suicide-self-harm: end|ending it && point|anymore|want|tablets|pills|bridge|tired|nobody|no+one
        suicide-self-harm: take|taking my own life
        suicide-self-harm: end things
        suicide-self-harm: want|wanna|wish|wished ..3 die|dead
        suicide-self-harm: better off dead
        suicide-self-harm: better off without me
        suicide-self-harm: better off if i|i'm|i'd|i+was|i+were|i+wasn't|i+weren't gone|dead|here|around
        suicide-self-harm: better off && insurance|without|gone|if+i|without+me
        suicide-self-harm: no point ..2 carrying|living|life|anything|existing|waking|bothering|trying+anymore|being+here|being+alive|me+being|going+on|in+going+on|=on|=it+all
        suicide-self-harm: no point . && tablets|pills|insulin|meds|anymore|living|life|better+off
        suicide-self-harm: what's|whats|wats the point in|of anything|living|life|going|carrying|me|bothering|trying
        suicide-self-harm: what+is the point in|of anything|living|life|going|carrying|me|bothering|trying
        suicide-self-harm: what's|whats|wats the point .|,|!|?
        suicide-self-harm: not|never ..1 wake|waking up
        suicide-self-harm: didn't|don't|wouldn't|never|dont|didnt woke|wake up
        suicide-self-harm: tired|sick of waking|living|life
        suicide-self-harm: tired|sick of being alive|here
        suicide-self-harm: go to sleep and not|never
        suicide-self-harm: won't|wont be a burden .. longer
        suicide-self-harm: burden to|on everyone|anyone|everybody|them|family|my|the ..2 longer|anymore|soon
        suicide-self-harm: won't|wont|not|don't|dont be around|here ..2 much|for|at|by|christmas|longer
        suicide-self-harm: don't|dont|can't|cant see myself being|still around|here
        suicide-self-harm: don't|dont|can't|cant see the|any point of|in much|anything|life|living|it|carrying|going+on|getting+up
        suicide-self-harm: no+one|nobody|noone|no-one would|'d|left|will miss me
        suicide-self-harm: no+one|nobody|noone|no-one left who'd|to|who+would|who+will|that'd miss
        suicide-self-harm: nobody|no+one|noone|no-one would|'d even|ever|really notice|care if
        suicide-self-harm: if i was|were gone|dead
        suicide-self-harm: giving|given|gave|give my things|stuff|possessions|belongings|bits away
        suicide-self-harm: giving|given|gave away my
        suicide-self-harm: won't|wont|shan't be needing them|it|those|any
        suicide-self-harm: written|wrote|writing|write ..3 letters|letter|note|notes ..4 just|in|when|goodbye
        suicide-self-harm: goodbye letter|letters|note|notes
        suicide-self-harm: written|wrote|writing|write ..3 letters|letter|note|notes && just+in+case|goodbye|in+case|when+i'm+gone|when+i've+gone
        suicide-self-harm: sorted|sorting|done|made|did my will && told|where|kept|cat|dog|in+case|goodbye|letters
        suicide-self-harm: saving|saved|stockpiling|stockpiled|hoarding|hoarded|collecting|stashing|stashed|keeping ..2 tablets|pills|paracetamol|painkillers|meds|medication|co-codamol|codeine|sleeping
        suicide-self-harm: how many ..2 paracetamol|tablets|pills|painkillers|meds|co-codamol|codeine
        suicide-self-harm: it would take && tablets|pills|paracetamol|die|kill
        suicide-self-harm: looking|looked|look|searching|searched up|for how|ways to
        suicide-self-harm: overdose|overdosed|od'd|=od
        suicide-self-harm: step|stepping|jump|jumping|throw|throwing|walk|walking|lie|lying|stand|standing ..3 in front of
        suicide-self-harm: front of a|the train|trains|lorry|bus|car
        suicide-self-harm: jump|jumping|throw|throwing myself|meself off|from|in|under
        suicide-self-harm: jump|jumping off the|a bridge|cliff|roof|car+park
        suicide-self-harm: on the tracks|line
        suicide-self-harm: bridge|railway|tracks|cliff|edge|viaduct ..8 stood|standing|stand|sat|sitting|looking there|down|for|over
        suicide-self-harm: stood|standing|sat|sitting|went|walked|drove ..4 bridge|railway|tracks|cliff|edge|viaduct|platform && thinking|jump*|hour|ages|while|long|end|hours
        suicide-self-harm: thinking|think|thought about|of jumping|ending|dying|killing|throwing|stepping|crashing|hanging|overdosing
        suicide-self-harm: drive|driving|drove|crash|crashing|steer|steering ..2 into a|the tree|wall|lorry|river|bridge
        suicide-self-harm: drive|driving off a|the cliff|road|bridge
        suicide-self-harm: engine running
        suicide-self-harm: hang|hanging|hanged myself|meself
        suicide-self-harm: a rope && garage|loft|tree|bought|got|myself
        suicide-self-harm: harming|harm|hurting|hurt|burning|burn|scratching|punching|starving myself|meself
        suicide-self-harm: cutting|cut myself|meself && again|purpose|deliberately|arms|legs|wrist|wrists|blade|razor|helps|stop|hide|sleeves|scars|bleed|feel
        suicide-self-harm: cutting|cut again
        suicide-self-harm: started|been|keep|still cutting|harming
        suicide-self-harm: self harm*
        suicide-self-harm: self-harm*|selfharm*|=sh
        suicide-self-harm: doing|did|do my arms|legs|wrists|thighs
        suicide-self-harm: till|until they|it|i bleed|bleeds
        suicide-self-harm: razor|razors|blade|blades|compass ..4 arms|legs|wrist|wrists|purse|bag|bleed|helps|there|pocket
        suicide-self-harm: cut|slit|slash my wrist|wrists|arms
        suicide-self-harm: do|doing something stupid
        suicide-self-harm: get|build up the nerve|courage
        suicide-self-harm: tried once|before && same|feel|feeling
        suicide-self-harm: tried to kill|end|take
        suicide-self-harm: stopped|stop bothering|taking ..3 insulin|meds|medication|tablets && point|care|bother|die
        suicide-self-harm: can't|cant|cannot see a|any way out
        suicide-self-harm: can't|cant|cannot see the point|a+future|any+future
        suicide-self-harm: no way out
        suicide-self-harm: no future
        suicide-self-harm: nothing left|nothing to live for
        suicide-self-harm: want|wanted it all to stop|end
        suicide-self-harm: want|wanted it all to be over
        suicide-self-harm: don't|dont want to be here|alive
        suicide-self-harm: don't|dont want to live|exist
        suicide-self-harm: rather be dead
        suicide-self-harm: disappear forever|for+good
        suicide-self-harm: voices telling me to
        suicide-self-harm: easier|better|happier|simpler if i|i'd|i+just wasn't|weren't|was+gone|disappeared|died|was+dead|wasn't+here|wasn't+around|never|ended|weren't+here
        suicide-self-harm: easier|better|happier for everyone|everybody|them|the+kids|the+family|all+of+them
        suicide-self-harm: if i disappeared|died|was+dead|wasn't+here|wasn't+around|ended+it|were+gone|just+went|weren't+here
        suicide-self-harm: wasn't|weren't here|around anymore|any+more
        suicide-self-harm: thinking|think|thought ..3 about|of death|dying|not+being+here|ending|my+own+death|being+dead
        suicide-self-harm: want|wish|wanting ..2 it|this|everything|all to end|stop|be+over
        suicide-self-harm: can't|cant|cannot face another|living|life|tomorrow|it+anymore|waking+up|carrying+on|going+on
        suicide-self-harm: not worth living|it+anymore|going+on|the+effort
        suicide-self-harm: no reason to live|go+on|carry+on|get+up
        suicide-self-harm: had enough of life|living|everything|it+all
        suicide-self-harm: wish i'd|i+had|i+was never been|born
        suicide-self-harm: made|got|have|=making ..1 a plan && how|do+it|pills|tablets|rope|bridge|when|end
        suicide-self-harm: do it properly|do+it+this+time|get+it+right
        suicide-self-harm: enough pills|tablets|paracetamol|painkillers|meds
        suicide-self-harm: i'm|i+am|i+feel|feel+like just|such|only a burden
        suicide-self-harm: i'm|i+am|i+feel|feel+like a burden to|on
        suicide-self-harm: i|i've|i'm|been|keep|started|sometimes|i'd ..2 burning|burn|burned|burnt|scratching|scratch|scratched|picking|biting|pulling|punching|hitting|bruising ..1 my arms|legs|skin|wrists|thighs|myself|hair|head
        suicide-self-harm: better|happier ..2 without me
        suicide-self-harm: keep|go+on|carry+on living like this|this+way
        suicide-self-harm: don't|dont think i can ..2 keep|go+on|carry+on|cope|live
        suicide-self-harm: disappear|vanish ..2 never|for+good|forever
        suicide-self-harm: nothing|no+one|nobody left for me
        suicide-self-harm: better off with ..2 their|his|her|someone dad|mum|father|mother|else && burden|without|me|i'm
        despair: can't|cant|cannot go|carry on
        despair: don't|dont want to go|carry on
        despair: can't|cant|cannot cope ..1 anymore|more|longer
        despair: can't|cant|cannot keep going
        despair: can't|cant|cannot do this|it ..1 anymore|more|longer
        despair: can't|cant|cannot take|stand it|this ..1 anymore|more|much

        # ---------------------------------------------------------------- immediate danger
        immediate-danger: taken|took|swallowed|had|downed ..2 all|whole|packet|packets|bottle|box|handful|load|lot ..3 tablets|pills|paracetamol|meds|painkillers|medication|co-codamol|codeine|sleeping
        immediate-danger: taken|took|swallowed ..2 an|a overdose && #now
        immediate-danger: overdose|overdosed && hour|minutes|tonight|today|=just
        immediate-danger: cut|slit|slashed my wrist|wrists|arm|arms|throat && bleeding|blood|stop
        immediate-danger: won't|can't|wont|cant stop bleeding
        immediate-danger: on|at|standing|sat the bridge|tracks|railway|roof|ledge|edge|cliff|platform|motorway|viaduct && =now|=tonight|tell+someone|goodbye|jump|=just
        immediate-danger: going|gonna ..2 go|jump|step|walk ..2 on|onto|off|in tracks|line|bridge|front|the
        immediate-danger: going+to|gonna kill|end|hang myself|it|things
        immediate-danger: everything i need in|with the|my|me
        immediate-danger: got everything i need && drove|driven|driving|car|boot|bridge|up
        immediate-danger: kill|killing|finish|finishes|finishing|get me|us|her|him ..3 tonight|when+he+gets|when+she+gets|gets+home|later
        immediate-danger: tonight's the night
        immediate-danger: kicked|kicking|smashed|smashing|broke|broken|breaking|bashing|banging|hammering|trying ..3 door|doors|window|windows && in|down|now|=just|me|trying|looking|outside
        immediate-danger: trying to get|break|force in
        immediate-danger: looking for me && kicked|door|outside|knife|now|=just
        immediate-danger: outside|downstairs|upstairs ..6 drunk|drinking|knife|bat|weapon|shouting|screaming|threatening|banging|petrol|coming
        immediate-danger: waiting for me && allowed|order|injunction|bail|parked
        immediate-danger: knife|knives|gun|bat|machete|axe|hammer|weapon|petrol|blade && outside|coming|tonight|upstairs|locked|van|kill|finish|says|threat*|#now
        immediate-danger: not allowed anywhere near|near
        immediate-danger: on his|her way over|round|here && petrol|knife|kill|hurt|threat*|weapon|gun|drunk
        immediate-danger: not|isn't|stopped|struggling|hardly|barely|isnt breathing
        immediate-danger: can't breathe && baby|he|she|dad|mum|husband|wife|his|her
        immediate-danger: gone|going|turned|turning a funny blue|grey
        immediate-danger: gone|going|turned|turning blue|grey
        immediate-danger: blue colour|lips
        immediate-danger: lips are|have|gone blue
        immediate-danger: floppy && baby|toddler|she|he|son|daughter
        immediate-danger: passed|passing out && #now
        immediate-danger: passed|passing out && gas|floor|breathing|blue|blood|won't|not|help
        immediate-danger: collapsed|unconscious|unresponsive|=fitting && #now
        immediate-danger: collapsed|unconscious|unresponsive|=fitting && gas|lying|floor|stairs|breathing|blue|blood|won't|not|help|answering
        immediate-danger: lying ..4 floor|stairs|bottom && not|can't|won't|isn't|blood|moving|answering|responding
        immediate-danger: not|isn't|isnt answering|responding|moving && lying|floor|stairs|fallen|collapsed|blood
        immediate-danger: won't|can't|cant|wont wake up|wake+him|wake+her && floor|breathing|blue|tablets|pills|drunk|#now
        immediate-danger: smell|smells|smelling of gas
        immediate-danger: blood everywhere|all+over
        immediate-danger: lots|so+much|loads of blood
        immediate-danger: hit|banged|bashed|cracked his|her|my head && blood|bleeding|unconscious|not+moving|fallen|fell|won't+wake
        immediate-danger: gas leak
        immediate-danger: house|flat|kitchen|place is|'s on fire
        immediate-danger: on fire && house|flat|kitchen|room|trapped|now
        immediate-danger: wandered|wandering|walked|gone off|out ..6 snow|cold|night|nightie|nightdress|dressing|dementia|dark|freezing|find
        immediate-danger: can't|cannot|cant find her|him && wandered|dementia|snow|night|missing|river|cold
        immediate-danger: hurting|attacking|hitting|beating|strangling|choking me|her|him|us right now
        immediate-danger: he's|she's|they're ..3 =hitting|=attacking|=strangling|=choking|=beating|=hurting me|her|him|us|the
        immediate-danger: help me ..2 he's|she's|they're
        immediate-danger: =just punched|hit|hurt|attacked|stabbed|strangled|beat|beaten|kicked|assaulted|choked me|her|him|us
        immediate-danger: still in the house|here|upstairs|downstairs|outside && punched|hit|hurt|attacked|beaten|knife|stabbed|strangled
        immediate-danger: driving|drove|driven off|away && drunk|drinking|drink|knife|threat*|kids|daughter|son|baby
        immediate-danger: i'm|i+am|im on|at the|a roof|ledge|tracks|cliff|viaduct|railway+line
        immediate-danger: roof|top of the|a car+park|multi-storey|building|block
        immediate-danger: knows where i|we am|are|live|i'm|living|staying && =now|coming|=tonight|on+his+way|on+her+way|outside

        # ---------------------------------------------------------------- domestic abuse
        domestic-abuse: eggshells
        domestic-abuse: on edge && home|he|he's|him|she|she's|husband|wife|partner|boyfriend|girlfriend|door
        domestic-abuse: checks|check|checking|checked|goes|go|going|went|reads|read|looks|looked|looking ..2 my phone|fone|phne|mobile|messages|texts|emails|facebook|whatsapp|post|purse|bag|laptop|browsing
        domestic-abuse: through my phone|fone|messages|texts|emails|purse|bag
        domestic-abuse: tracking|tracker|tracks|track ..3 app|apps|phone|fone|car|where|me|location
        domestic-abuse: goes|went|going mental|mad|ballistic|nuts|berserk if|when i
        domestic-abuse: smashed|broke|broken|took|taken|hid my phone|fone|mobile
        domestic-abuse: put|installed|fitted an|a|one app|apps|tracker|camera|cameras
        domestic-abuse: have|has|got|made to|me ..2 send|show|tell|text|ring|call|prove|account ..2 him|her where|photo|photos|picture|pictures|receipt|receipts|every|everything
        domestic-abuse: send|show him|her a|the photo|picture|pictures|photos
        domestic-abuse: receipt|receipts for everything|every
        domestic-abuse: ask|asking|beg|begging him|her for money
        domestic-abuse: gives|give|giving me|us an|my allowance|pocket
        domestic-abuse: wants|asks+for|checks|demands every|all|the receipt|receipts|penny
        domestic-abuse: gives|give|giving me ..2 £*|quid|pounds|=10|=20|=30|=40|=50 a|per week && shopping|receipt|allowance|food|every
        domestic-abuse: doesn't|don't|won't|didn't|wont|doesnt|hates ..2 like|let|want me|her seeing|see|going|go|having|talking|ringing|calling|visiting|meeting|working|work|drive|driving|speak|speaking|leave|leaving|wear|wearing
        domestic-abuse: doesn't|don't|won't|didn't|wont|doesnt like|want me|her to see|go|have|talk|ring|call|visit|meet|work|drive|speak|leave|wear
        domestic-abuse: won't|wont|doesn't|doesnt|never let|lets ..2 me|her see|go|out|work|ring|call|phone|talk|visit|leave|drive|speak|meet|have
        domestic-abuse: not allowed ..2 to go|see|work|out|have|ring|talk|leave|drive|speak|use|back|wear
        domestic-abuse: not allowed .. money|friends|work|phone|car|out|job|card|bank|account
        domestic-abuse: got|has|knows|keeps all the|my passwords|pin
        domestic-abuse: not worth the row|rows|hassle|aggro|grief|argument|arguments|shouting|bother|atmosphere|trouble
        domestic-abuse: stopped|stop ..3 seeing|going|ringing|visiting|calling|bothering && doesn't|doesnt|worth|row|kick|kicks|sulk*
        domestic-abuse: my job is looking after him
        domestic-abuse: says|said|told|tells|calls|called|calling ..3 useless|worthless|stupid|ugly|mad|crazy|fat|pathetic|mental|psycho|thick|disgusting|unfit|nothing|rubbish|lazy|slag|whore && nobody|no+one|every|all+the+time|always|constantly|scared|frightened|believe|day|kids|hits|shouts|nothing|names
        domestic-abuse: calls|called|calling me names
        domestic-abuse: no+one|nobody|noone|no-one would|'d|will believe|want me
        domestic-abuse: nobody|no+one|noone|no-one else would|'d|will put|want|have
        domestic-abuse: follow|follows|following|followed me|us
        domestic-abuse: knows|found where i|we am|are|live|i'm|living|staying
        domestic-abuse: he|she|ex|keeps|kept|keep|he's|she's|still ..2 turning|turns|turned|turn up ..3 outside|at|school|my|house|work|home|door
        domestic-abuse: keeps|kept|keep turning|coming up|round
        domestic-abuse: he|she|ex|he's|she's ..2 keeps|kept|keep ringing|messaging|texting|calling|following|threatening me
        domestic-abuse: different|new|fake numbers|accounts|account|profiles
        domestic-abuse: court|restraining|non-molestation|protection order && still|even|breach*|broke|keeps|outside|turned|turning|messages|messaging
        domestic-abuse: injunction|bail && still|even|breach*|broke|keeps|outside|turned|turning|messages|messaging
        domestic-abuse: bruises|bruise|bruised|bruising|marks|cuts|=burns ..3 on my|me
        domestic-abuse: bruises|bruise|bruised|bruising|marks|cuts|=burns ..3 my arms|face|neck|legs|back|wrists && he|she|him|her|partner|husband|wife|boyfriend|girlfriend|ex|fault|cover|hide
        domestic-abuse: black eye && he|she|him|her|partner|husband|wife|boyfriend|girlfriend|ex|fault|walked|door
        domestic-abuse: my fault .. wind|make|provoke|deserve*
        domestic-abuse: i wind|winds him|her up
        domestic-abuse: hits|hit|hitting|punches|punched|punch|slaps|slapped|slap|kicks|kicked|pushes|pushed|shoves|shoved|grabbed|grabs|grab|throttled|throttles|strangled|strangles|choked|chokes|beat|beats|beaten|battered|batters|bites|bit|spat|spits|headbutted|pinned|pins|shook|shakes|thumped|thumps|smacked|smacks me|meself
        domestic-abuse: he|she|husband|wife|partner|ex|boyfriend|girlfriend ..3 hits|hit|punches|punched|slaps|slapped|kicks|kicked|pushed|pushes|shoved|beats|beat|thumped|strangled|choked|throttled|battered
        domestic-abuse: knocks|knocked|knocking me about|around
        domestic-abuse: throws|threw|throwing|chucks|chucked ..2 things|stuff|plates|cups|it|them|glass|glasses at me
        domestic-abuse: hands|hand|arm|arms|fingers round|around|on my neck|throat
        domestic-abuse: round|around|by my|the throat|neck
        domestic-abuse: laid|lay|raised a hand|finger
        domestic-abuse: rough with me
        domestic-abuse: hurt|hurts|hurting|injured|harms|harmed|harming me && he|she|him|her|husband|wife|partner|ex|boyfriend|girlfriend|son|daughter
        domestic-abuse: scared|frightened|afraid|terrified|petrified|fearful ..2 of+him|of+her|of+them|of+my+husband|of+my+partner|of+my+ex|of+my+wife|of+my+boyfriend|of+my+girlfriend|of+my+son|of+my+daughter|what+he|what+she|what+he'll|what+she'll|what+he'd|what+she'd|when+he|when+she|for+my+life
        domestic-abuse: scared|frightened|afraid|terrified|petrified he'll|she'll|he+will|she+will|he+might|she+might ..2 kill|hurt|hit|find|do|come|take|go+for|lose
        domestic-abuse: scared|frightened|afraid|terrified|petrified|fearful to|of go|going|be home|back
        domestic-abuse: he|she|husband|wife|partner|ex|boyfriend|girlfriend|son|daughter|he+really|she+really ..1 frightens|scares|terrifies me
        domestic-abuse: if i ever|try|leave|left|go|tell|told|report ..6 he'll|she'll|he'd|she'd|kill|never|hurt|tell|take|says|said
        domestic-abuse: if i go|call|ring to|the police
        domestic-abuse: if i tell anyone|anybody|someone
        domestic-abuse: threatens|threatened|threatening|threat|threats ..3 me|kill|hurt|take+the+kids|take+my|burn|smash|tell+social|report+me|throw+me|kick+me+out|leave+me
        domestic-abuse: threatens|threatened|threatening to ..2 kill|hurt|take|throw|kick|tell|report|burn|smash|hit
        domestic-abuse: he'll|she'll|he'd|she'd|gonna kill|hurt me
        domestic-abuse: he'll|she'll|he'd|she'd|gonna take the kids
        domestic-abuse: going+to kill|hurt me
        domestic-abuse: finish me off
        domestic-abuse: kill me && said|says|told|threat*|tonight|going|gonna|he'll|she'll
        domestic-abuse: made|makes|make|forced|forces me ..3 sleep|stay|sex|beg|apologise|kneel|eat|do
        domestic-abuse: sleep in the car|garden|shed
        domestic-abuse: locks|locked|locking me in|out
        domestic-abuse: hid|hides|hidden|took|takes|taken|kept|keeps ..2 car|my keys|phone|passport|purse|medication|glasses
        domestic-abuse: so i couldn't|can't|cannot|cant|couldnt go|get|leave|out|ring|see && hid|hides|took|takes|keys|locked|locks|blocks|stands|doorway|phone|he|she
        domestic-abuse: stands|stood|standing|blocks|blocked|blocking ..3 doorway|door|way && can't|couldn't|cant|couldnt
        domestic-abuse: won't|wont let me out|leave
        domestic-abuse: what he|she did to me
        domestic-abuse: for hurting me
        domestic-abuse: out of prison|jail && for+what|did+to+me|hurting|attacking|assault*|hurt+me
        domestic-abuse: raped|rape|rapes|sexually
        domestic-abuse: forced|forces|force himself|me
        domestic-abuse: abusive|abuses|abusing|abused|=coercive|=coercion|=controlling|violent|gaslight*
        domestic-abuse: domestic abuse|violence
        domestic-abuse: controls|controlled|decides ..2 everything|money|what|where|who|my
        domestic-abuse: shown|showed|embarrassed him|her up && made|punish*|car|sleep|outside
        domestic-abuse: unfit mother|mum|parent
        domestic-abuse: take|taking the kids away|off
        domestic-abuse: never see the kids|children
        domestic-abuse: won't|wont|doesn't|doesnt|never let|lets her ..2 ring|see|call|phone|talk|visit|go|leave
        domestic-abuse: unless he's|she's|he+is|she+is ..2 sat|sitting|there|listening|next
        domestic-abuse: ex ..4 still|keeps|kept|messages|messaging|texts|texting|rings|ringing|calls|calling|outside|following|follows|threatening|stalking|stalks
        domestic-abuse: stalking|stalks|stalked|stalker
        domestic-abuse: won't|wont leave me alone
        domestic-abuse: shouts|shouting|screams|screaming|yells|yelling|swears|swearing|shouted|screamed at me && frightened|scared|afraid|takes|day|time|drunk|drink|drinking|names|can't|won't|kicks|him
        domestic-abuse: had|after a drink|few && throws|hits|scared|frightened|afraid|shouts|kick*|lash*|goes|nasty|violent
        domestic-abuse: goes|went|go|comes|came for me
        domestic-abuse: lash|lashes|lashed|lashing out
        domestic-abuse: kicks|kicked|kick off && scared|frightened|afraid|hits|throws|if
        domestic-abuse: shuts|slams|slammed|shut the car door && sort|night|tell|know
        domestic-abuse: what sort|kind of night|mood
        domestic-abuse: hand|hands|handing|give|gives over my|all wages|money|pay|benefits|card
        domestic-abuse: gets|goes|turns nasty|violent|aggressive|rough && he|she|drink|drunk|drinking|him|her
        domestic-abuse: lock|locked|locking|hide|hid|hiding myself in ..2 bedroom|bathroom|room|car && drink|drunk|drinking|nasty|violent|temper|scared|frightened|he|she
        domestic-abuse: pulled|pulls|dragged|drags|yanked ..1 my hair|me
        domestic-abuse: smashes|smashed|smashing|breaks|broke|throws|threw|wrecks|ripped ..1 my things|stuff|phone|belongings|clothes
        domestic-abuse: makes|made|make me account|explain|justify for ..2 every|everything|where
        domestic-abuse: cut|cuts|cutting|isolated|isolates|keeps|kept|stops|stopped me off|away|from ..2 my|all friends|family|mum|sister|everyone|people
        domestic-abuse: temper && scared|frightened|afraid|terrified|walk|eggshells|hits|hit|throws
        domestic-abuse: threatening|abusive|nasty|horrible messages|texts|calls|voicemails|emails
        known-abuse: he|she|he's|she's|husband|wife|partner|boyfriend|girlfriend|son|daughter|grandson|granddaughter|nephew|niece|carer|lodger|they|they've|friend|brother|sister|ex ..3 got|has|took|takes|taking|taken|keeps|kept|holds|using|uses|use|used ..2 my bank|card|cards|pension|money|savings|benefits|wages|account|pin|purse|passwords
        known-abuse: controls|control|controlled|controlling ..2 my|the|all money|finances|account|bank|pension|benefits|card
        known-abuse: won't|wont|doesn't|doesnt let me see|go|talk ..3 doctor|gp|nurse|anyone|on
        known-abuse: does all the talking
        adult-at-risk: makes|made|make|gets|got|getting ..1 me|her|him sign|signing
        known-abuse: don't|dont|daren't|can't like|dare to say no

        # ---------------------------------------------------------------- child at risk
        child-at-risk: man|men|bloke|guy|boyfriend|lad|lads|someone|fella|girlfriend|who's ..4 twenties|thirties|forties|20s|30s|40s|older|adult && #minor
        child-at-risk: boyfriend|girlfriend|man|bloke|who's ..4 =18|=19|=20|=21|=22|=23|=24|=25|=26|=27|=28|=29|=30|=31|=32|=33|=34|=35|=40|=45|=50 && #minor
        child-at-risk: boyfriend|girlfriend|man|bloke ..4 drives|car|flat && #minor
        child-at-risk: buys|bought|buying|gives|gave|giving her|him|them ..2 things|stuff|presents|gifts|phones|phone|alcohol|drink|drugs|vapes|cigarettes|money|cash && man|older|bloke|picks|online|secret|twenties|lads
        child-at-risk: giving|gives|gave|handing|hands|handed the|those kids|children|boys|girls|lads|teenagers|young ..4 vapes|cash|money|drugs|alcohol|cigarettes|weed
        child-at-risk: trainers|cash|money|phone|phones|clothes|designer|trackies ..8 missing|disappears|disappear|disappeared|won't+say|wont+say|doesn't+say|won't+tell|staying+out|overnight|for+days|all+night
        child-at-risk: goes|going|gone|went|keeps|kept|go missing ..4 overnight|days|night|nights|police|trainers|cash|money|phone|weekend
        child-at-risk: missing for|overnight
        child-at-risk: =missing && cash|trainers|phone|money|clothes|overnight|police|parcel|older
        child-at-risk: take|taking|took|carry|carrying|deliver|delivering|drop|dropping ..2 a|the parcel|parcels|package|packages|drugs
        child-at-risk: parcel|package|packages && asked|older|lads|train|county|london|pay|paid
        child-at-risk: county lines
        child-at-risk: grooming|groomed|groom|exploited|exploiting|exploitation|cuckooing
        child-at-risk: carrying|carries|carry ..2 a knife|knives|blade|weapon|machete && #child
        child-at-risk: asking|asks|asked|wants|wanted ..2 her|him|them|my|daughter|son for|to ..2 pictures|photos|pics|picture|photo|nudes|images|videos
        child-at-risk: sent|send|sending|sends ..3 pictures|photos|pics|nudes|images|videos ..6 someone|man|he|him|online|game|stranger|share|met
        child-at-risk: share them|the|those|her
        child-at-risk: unless she|he sends|send
        child-at-risk: send more
        child-at-risk: met ..3 online|game|snapchat|tiktok|instagram|discord|roblox|fortnite && pictures|photos|meet|secret|older|man|send|sent|share
        child-at-risk: talking|talks|chatting ..3 someone|man|stranger|online && pictures|photos|meet|secret|older|send|asking
        child-at-risk: left|leaves|leave|leaving ..3 on their|his|her own
        child-at-risk: left|leaves|leave|leaving the|them|him|her|kids|children|baby|toddler|youngest|little|ones ..2 alone|unsupervised && night|day|hours|flat|youngest|little|baby|toddler|four|five|three|two|kids|children|them
        child-at-risk: home alone
        child-at-risk: alone|own all night
        child-at-risk: asking|knocking|begging|looking ..3 for food
        child-at-risk: never|don't|hardly|rarely see|seen ..2 his|her|their mum|dad|parents|mother|father|mum's
        child-at-risk: no|nothing ..2 food|eat|dinner|tea ..6 kids|children|baby|boy|girl|days|them
        child-at-risk: kids|children|baby|boy|girl ..6 starving|hungry|not+fed|no+food && days|dad's|mum's|left|own|never|nobody|bed|can't
        child-at-risk: haven't|hasn't|not|never been|gone|went ..2 school && since|weeks|months|curtains|easter|christmas|term
        child-at-risk: curtains|curtain ..2 always|all|shut|closed|drawn && kids|children|school|baby
        child-at-risk: cot|bed|room all day
        child-at-risk: can't|cannot|don't|didn't|couldn't|cant ..2 wake|hear .. baby|kids|crying|cries
        child-at-risk: drink|drinking|drunk|high|face|using|pub ..8 baby|kids|children|little|toddler|eldest|youngest
        child-at-risk: baby|kids|children|little|toddler|eldest ..10 pub|drunk|drink|drinking
        child-at-risk: puts|put|looks|look|minds|mind|feeds ..3 little|brothers|sisters|baby|younger ..2 bed && =10|=9|=8|=11|=12|=7|while|nights
        child-at-risk: rough|violent|heavy-handed ..2 with ..2 little|kids|baby|son|daughter|boy|girl|children|them
        child-at-risk: smack|smacks|smacked|hits|hit|hitting|slaps|slapped|belts|belted|beats|beat|beaten|kicks|kicked|hurts|hurt|punches|punched|shakes|shook|throws|threw ..3 the|my|our kids|children|baby|son|daughter|boy|girl|little|grandson|granddaughter|stepson|stepdaughter|them
        child-at-risk: smack && marks|hurt|kids|children|leaves
        child-at-risk: marks|bruises|bruising|burns|welts ..3 on the|my|our kids|children|baby|son|daughter|boy|girl|him|her|them
        child-at-risk: marks|bruises|bruising|burns|cuts ..6 won't|wont|doesn't|can't|didn't|nobody ..2 talk|say|explain && #child
        child-at-risk: leaves|left|leaving marks|bruises
        child-at-risk: doesn't|does+not|don't|won't|didn't|dont|doesnt want to come|go ..2 home|back && angry|scared|frightened|shout*|hit*|hurt*|dad|daddy|mum|mummy|stepdad|boyfriend
        child-at-risk: scared|frightened|afraid|terrified ..3 daddy|dad|mummy|stepdad|boyfriend && #child
        child-at-risk: scared|frightened|afraid|terrified ..3 daddy|dad|mummy|stepdad|boyfriend && #minor
        child-at-risk: comes|came|coming|creeps|gets|crept into|in my room|bed && night|touch*|#minor
        child-at-risk: touch|touches|touched|touching ..3 me|my|her|him && #minor
        child-at-risk: touches|touched|touching ..3 her|him|kids|son|daughter|them ..3 private|inappropriate|where|funny|down
        child-at-risk: hits|hit|hitting|hurts|hurt|drinks|drunk|drugs|beats|slaps|scared|frightened|afraid|look+after|looks+after|wake|asleep|passed|alone|hungry|left|touch*|hungry|nobody|secret && #minor
        child-at-risk: using|drinking again && #child
        child-at-risk: back|on drugs|gear && #child
        child-at-risk: convicted|conviction|prison|jail|charged|offender|register ..8 toddler|baby|kids|children|child|little|eldest|youngest|son|daughter
        child-at-risk: toddler|baby|kids|children|child ..8 convicted|conviction|prison|offender|register
        harm-to-other: bruises|bruise|bruising|bruised|marks|burns|injuries ..4 nobody|no+one|can't|unexplained|won't|wont|wouldn't|doesn't|didn't|won't ..2 explain|talk|say
        harm-to-other: unexplained bruises|marks|injuries
        child-at-risk: scared|frightened|terrified|afraid of ..2 her|his|their|my stepdad|dad|daddy|boyfriend|uncle|father|stepmum|stepfather && #child
        child-at-risk: says|said|told+me|tells+me|told+us ..6 hits|hit|hurts|hurt|slaps|smacks|beats|kicks|touches|touched|hurting her|him|them|me && #child
        child-at-risk: bruises|bruise|marks|burns ..6 only|every|always|=six|=five|=four|=three|=seven|=eight|=6|=5|=4|=3|=7|=8 && #child
        child-at-risk: keep|keeps|kept a|our|it secret && man|older|stranger|someone|uncle|coach|teacher|him|her
        child-at-risk: not to tell && man|older|stranger|someone|uncle|coach|teacher|secret
        child-at-risk: older men|man|lads|boys|blokes && #child
        child-at-risk: older men|man|lads|boys|blokes && #minor
        child-at-risk: doesn't|won't|can't|never|doesnt|wont|cant wake|get+up && #minor
        child-at-risk: no|nothing ..2 food|eat|dinner ..4 since|yesterday|days && kids|children|baby|boy|girl
        child-at-risk: gang|gangs && son|daughter|grandson|kids|boy|lad|excluded|money|knife|drugs|#child
        child-at-risk: left|leaves ..1 crying|screaming ..3 hours|day|night && baby|toddler|kids|child|little
        child-at-risk: nobody|no+one comes && baby|crying|kids|toddler|child
        child-at-risk: touches|touched|touching|interfered|interferes ..1 her|him|them|with && daughter|son|child|kids|niece|nephew|grandson|granddaughter|little|girl|boy|uncle|stepdad
        child-at-risk: hurt|hurts|hurting|harmed|abused|abusing|hit|hits ..2 her|his|the|my|their children|kids|child|son|daughter|baby|toddler
        child-at-risk: burn|burns|bruise|bruises|marks|injury|cut|fracture ..8 baby|toddler|child|son|daughter|her|his && don't+know+how|no+idea+how|can't+explain|won't+say|unexplained|doesn't+know+how
        child-at-risk: kids|children|child|baby|toddler ..8 filthy|unwashed|neglected|dirty|hungry && street|midnight|night|always|left|never|own
        child-at-risk: disappearing|disappears|disappeared && expensive|stuff|cash|money|trainers|phone|overnight|days|nights
        child-at-risk: made|forced|told|being+made|getting+him|getting+her ..2 to sell|carry|deliver|move|hold drugs|stuff|packages|weed|gear|parcels
        child-at-risk: sell|selling|dealing|deal drugs|weed|gear && son|daughter|grandson|granddaughter|kids|boys|lads|older|nephew|him|her
        child-at-risk: kids|children|baby|son|daughter|little ..3 see|saw|sees|watch|watched|hear|heard|witness*|there ..3 him|her|it|us|the|when && beat*|hit*|fight*|hurt*|violence|abuse|rows|attack*
        child-at-risk: in front of the|my kids|children|baby && hits|hit|beats|beat|hurts|attacks|violent|strangled|punched|kicked|screams|threatens

        # ---------------------------------------------------------------- adult at risk
        adult-at-risk: haven't|hasn't|not|havent|hasnt ..2 eaten|eat|had+a+meal|had+anything|had+food|had+a+proper+meal ..4 days|properly|week|weeks|since|meal
        adult-at-risk: not|stopped|barely|hardly eating && for+days|in+days|for+weeks|in+weeks|point|bother|anything
        adult-at-risk: mice|rats|vermin|maggots|cockroaches && kitchen|house|everywhere|droppings|infested|stuff|food|bed|there's+mice|got+mice|flat|bedroom
        adult-at-risk: food ..2 going|gone off
        adult-at-risk: mouldy|rotten|rotting food
        adult-at-risk: going off all over
        adult-at-risk: stuff|things|boxes|papers|junk|rubbish|bags ..8 can't|cannot|sleep|covered|full|piled|room|everywhere && kitchen|bath|bed|stairs|toilet|door|armchair|chair|room|wash|mice|cook|sleep
        adult-at-risk: can't|cannot|couldn't|cant get to|into|in the kitchen|bathroom|toilet|bed|bath|stairs|cooker && stuff|boxes|papers|junk|rubbish|things|mess|piled|mice|clutter|hoard*
        adult-at-risk: bath's|bed's|sofa's|kitchen's full|covered|piled|buried
        adult-at-risk: bath|bed|sofa|kitchen is full|covered|piled|buried
        adult-at-risk: covered in boxes|papers|stuff|rubbish
        adult-at-risk: sleep|sleeping|sleeps in the|my armchair|chair|sofa because|as|cos && stuff|boxes|papers|covered|full|can't+get|rubbish|junk
        adult-at-risk: don't|dont|haven't|havent|never|can't|cant|hasn't|doesn't|won't ..1 wash|washed|=bathe|=bathed|shower|showered|washing && anymore|any+more|now|weeks|days|months|point|nobody|bother|properly|since
        adult-at-risk: same clothes for|in|all
        adult-at-risk: can't remember when|the ..3 heating|ate|eaten|washed|meal|out
        adult-at-risk: stay|staying|stays|stayed in bed ..3 keep|warm|day
        adult-at-risk: no heating ..4 winters|winter|years|months|weeks|want|can't|because
        adult-at-risk: don't|won't|doesn't|dont|wont want anyone|anybody|people ..2 coming|in|to|round
        adult-at-risk: don't|dont|never|not bother|bothering with the|my heating|eating|cooking|meals|food|washing
        adult-at-risk: nobody|noone sees me
        adult-at-risk: no+one sees me
        adult-at-risk: wet bed
        adult-at-risk: left|sat|sitting|lying in ..2 wet|urine|soiled|mess|pad|pads
        adult-at-risk: in and out in ..2 minutes|five|ten
        adult-at-risk: carer|carers|staff|home|worker|agency ..8 shouts|shouted|shouting|rough|hits|hit|pushes|pushed|slaps|frightened|scared|afraid|bruises|marks|neglect|ignore|ignores|left
        adult-at-risk: frightened|scared|afraid|terrified ..3 staff|carers|carer
        adult-at-risk: shouts|shouting|screams|screaming|yells|yelling|swears|swearing at her|him|mum|dad && son|daughter|carer|thin|old|bruises|lives|frightened|scared
        adult-at-risk: so thin|skinny
        adult-at-risk: skin and bone
        adult-at-risk: lost so much weight && neighbour|next+door|lives+with|shouts|screaming|never+see|nobody
        adult-at-risk: taken|took|taking over ..3 house|flat|home|place|room|bank|account|finances|money|pension
        adult-at-risk: people|men|lads|blokes|strangers|they|them|mates|friends ..6 staying|moved|living|won't|wont|took|taken ..4 flat|house|place|room|home
        adult-at-risk: staying|moved at|in|into ..3 flat|house|place|room && won't|wont|selling|dealing|drugs|take|takes|took|money|card|use|using
        adult-at-risk: won't|wont|refuse+to|refuses+to leave && staying|people|lodger|moved
        adult-at-risk: selling|dealing ..3 out|from
        adult-at-risk: take|takes|took|taking|use|uses|using|used|spend|spends|spending his|her money|pension|card|benefits|savings
        adult-at-risk: learning disability|disabilities|difficulties && money|loans|loan|cash|card|take|taking|takes|sign|signing|cheques|bought|girlfriend|boyfriend|friend|mates
        adult-at-risk: down's|downs|dementia|alzheimer's|autistic|autism|vulnerable ..12 money|loans|loan|cash|card|take|taking|takes|sign|signing|cheques|bought|girlfriend|boyfriend|mates
        adult-at-risk: money|loans|loan|cash|card|cheques ..12 down's|downs|dementia|alzheimer's|autistic|vulnerable|disability
        adult-at-risk: helping|helps|helped|sorting|sorts|doing|does ..3 my bank|banking|money|pension|finances|card && can't+pay|couldn't+pay|gone+down|dropped|disappeared|empty|not+enough|can't+afford
        adult-at-risk: savings|account|balance|bank|book|money ..4 gone|going|dropped|disappeared|missing|vanished|empty ..2 down|missing|by|thousand|£*
        adult-at-risk: keep|keeps|kept|still|been ..2 sending|send|paying|pay ..2 him|her|them|money
        adult-at-risk: sent|send|sending|paid|transferred|given ..2 him|her|them ..3 money|cash|thousand|thousands|£*|every|since|gift|vouchers && online|loves|met|says|rings|phone|firm|investment|stop|stopped|lose|more
        adult-at-risk: loves me && money|send|sent|pay|paid|visa|flight|ticket
        adult-at-risk: investment|crypto|bitcoin|trading|broker ..8 rings|ring|ringing|keep|sending|send|money|lose|pay|paid
        adult-at-risk: lose|lost it all|everything if
        adult-at-risk: telling|tells|told|asking|asks|wants me to send|pay|transfer|move|withdraw money|cash|savings|it|him|them && keeps|keep|rings|ringing|man|phone|call|safe|bank|online
        adult-at-risk: fee first|up+front|upfront
        adult-at-risk: gift|google+play|itunes|amazon|steam cards|card|vouchers ..12 for|man|rings|ring|keep|weekly|every|week
        adult-at-risk: man|someone|people|lady from microsoft|bt|amazon|hmrc|the+bank|talktalk|sky
        adult-at-risk: keeps|keep|kept|always needing|asking|wanting ..2 money|cash|more && online|met|flights|flight|bank|scam|loan|lend|frozen
        adult-at-risk: says|thinks|think it's|its|it+is a scam && but|keeps|still|send|money|believe
        adult-at-risk: don't|dont think ..1 he's|she's|he+is|she+is eating|washing|coping|safe
        adult-at-risk: house|flat|home|place is|'s freezing && eating|neighbour|next+door|chap|lady|old
        adult-at-risk: asking|asks|looking where|for her|his husband|wife|mum|dad|mother ..6 died|dead|passed
        adult-at-risk: knocking|knocks|wandering|wanders ..2 at night && keeps|asking|lady|man|neighbour
        adult-at-risk: customs|release|delivery|admin|processing|transfer|clearance fee|fees|charges
        adult-at-risk: needs|wants|asked|asking ..2 =thousand|=hundred|£*|money|=2000|=1000|=5000 ..3 for ..2 his|her fees|flight|ticket|visa|customs|hospital|release|lawyer|operation
        adult-at-risk: then he|she can come over|home|visit|fly && money|thousand|fees|pay|send
        adult-at-risk: pay their|a fee
        adult-at-risk: get it back if
        adult-at-risk: keep|keeps|kept coming back|round ..4 more|saying|money|work|roof|paid
        adult-at-risk: roof|roofers|roofing|driveway|builders|workmen|tarmac|gutters|trader|traders ..10 thousand|thousands|£*|cheques|cheque|cash|sign|signing|paid|pay && keep|kept|keeps|again|more|times|sign|cheques|ninety|frail|dementia|pressure|far
        adult-at-risk: sign|signing|signed ..3 cheques|cheque|papers|over|forms && getting|made|make|pressure|man|men|round|times
        adult-at-risk: power of attorney && no+money|bought|new+car|spending|spent|won't|took|takes|taken|empty|short|gone
        adult-at-risk: scam|scammed|scammer|scammers|fraud|conned ..8 still|now|keep|keeps|again|more|paying|pay|sending|ring|ringing
        adult-at-risk: taking|took|takes|stealing|stole|stolen|pinching|pinched ..2 money|cash|from ..2 wallet|purse|bag|account|handbag|house|pension && carer|carers|cleaner|lodger|son|daughter|grandson|nephew|neighbour|friend|they|granddaughter|niece
        adult-at-risk: can't|cant|cannot|unable+to look after|care+for|manage myself
        adult-at-risk: haven't|hasn't|havent|not had a bath|wash|shower ..3 weeks|months|ages
        adult-at-risk: said ..2 i|she|he owed|owe
        adult-at-risk: door|doorstep|knocked|came+round ..10 thousand|£*|paid|given|owed|cheque && roof|work|driveway|gutters|man|men|said
        adult-at-risk: given|gave|paid|handed ..2 him|her|them ..3 =thousand|=hundred|£*|=thousands && door|roof|work|man|stranger|online|facebook|owed
        adult-at-risk: giving|sending|sent|given|send money|cash ..8 met|online|facebook|stuck|abroad|says|loves|dating
        adult-at-risk: stuck|stranded abroad|overseas
        adult-at-risk: rest of the house|the+house|whole+house|my+house|her+house|his+house is|'s full of rubbish|junk|stuff|bags|clutter
        adult-at-risk: full of rubbish|junk && living|room|can't|house|flat
        adult-at-risk: not been seen|haven't+seen|hasn't+been+seen ..4 days|weeks && neighbour|post|curtains|milk|lights|answering
        adult-at-risk: post|milk|papers|letters ..2 piling|piled|building up
        adult-at-risk: no food in && bed|weeks|days|haven't|can't|bother|point|myself
        adult-at-risk: haven't|hasn't|not been|got out of bed ..3 weeks|days|properly
        adult-at-risk: gave|given|told|give them|him|her|someone my pin|password|bank+details|card+details|details
        adult-at-risk: money keeps|kept going|disappearing|going+out|coming+out
        adult-at-risk: won't|doesn't|wont let anyone|anybody|people in && stinks|smell|smells|mess|house|state|eating|filthy
        adult-at-risk: house|flat|place|room stinks|smells|is+filthy|is+a+tip && won't|nobody|can't|mice|dad|mum|neighbour|he|she
        adult-at-risk: won|prize|lottery|inheritance && send|sent|pay|paid|fee|fees|money
        adult-at-risk: dementia|alzheimer's|confused|muddled ..10 giving|gives|gave|given|handing his|her|their money|cash|savings|pension
        adult-at-risk: change|changed|changing ..1 her|his|my will && boyfriend|new|friend|carer|neighbour|son|daughter|got|made|pressure|girlfriend
        known-abuse: takes|took|taking|has|got|keeps|uses|use|using ..2 my card|bank|pension|money|savings|benefits && every|each|week|month|friday|won't|like|can't|mates|shopping|again|always

        # ---------------------------------------------------------------- carer breakdown
        carer-breakdown: breaking point
        carer-breakdown: end of my tether && #care
        carer-breakdown: wits end && #care
        carer-breakdown: wits'|wit's end && #care
        carer-breakdown!: on my knees|last && #care && nobody|no+one|respite|cancelled|help|break|myself|can't|cant
        carer-breakdown: exhausted|shattered|worn+out|burnt+out && #care && can't|cant|nobody|no+one|respite|cancelled|break|scared|hate
        carer-breakdown: scared|frightened|afraid|terrified|worried ..3 i'll|i+will|i+might|what+i|of+what ..3 lose|hurt|do|hit|snap|harm|lash
        carer-breakdown: lose|lost|losing it with him|her|mum|dad|my
        carer-breakdown: do something i'll|i'd|i regret
        carer-breakdown: i'll regret
        carer-breakdown: i ..4 pushed|shoved|hit|slapped|shook|gripped|grabbed|smacked|pinched ..2 her|him|mum|dad|mum's|dad's|my|his
        carer-breakdown: i snapped|shouted at ..2 her|him|mum|dad|my && #care
        carer-breakdown: harder than i meant
        carer-breakdown: never done that before|didn't+mean && mum|dad|her|him|arm|push*|grip*|grab*|shout*
        carer-breakdown: hate|resent him|her ..3 ill|being|sometimes|days|myself
        carer-breakdown: some days i hate
        carer-breakdown: locked|lock|shut myself in .. get away|away
        carer-breakdown: just to get away from him|her
        carer-breakdown: walk|walked out and leave|on
        carer-breakdown: just|going walk out
        carer-breakdown: leave him|her to it
        carer-breakdown: if i don't|dont get a|some break|help
        carer-breakdown: who'll|who+will|who+would|who's+going+to look after|care for him|her
        carer-breakdown: nobody|no+one|noone|nobody's|no+one's ..3 else to|been to|come to|help with|rung back|called back|come back
        carer-breakdown: nobody|no+one|noone else to && #care
        carer-breakdown: respite ..3 cancelled|fallen|stopped|ended|no
        carer-breakdown: can't|cannot|cant ..2 lift|manage him|her|anymore
        carer-breakdown: lift ..2 her|him ..2 any|anymore
        carer-breakdown: haven't|havent been out|had+a+break|had+a+day|slept ..4 months|weeks|years|since|properly|in && #care
        carer-breakdown: can't be left && haven't|months|years|losing|never
        carer-breakdown: drinking|drink ..4 get through|cope|looking|caring|care
        carer-breakdown: just to get through|cope && #care
        carer-breakdown: breakdown ..8 again|coming|back|feel && #care
        carer-breakdown: breakdown ..12 again|coming|back|feel && ill|worse|dad|mum|him|her|husband|wife
        carer-breakdown: breakdown && coming+on|coming+back|again && ill|worse|dad|mum|husband|wife|care
        carer-breakdown: can't|cant do it|this ..1 anymore|more && social|nobody|no+one|care|his|her|him
        carer-breakdown: can't|cant cope ..4 when he|when she|him|her|his|kicks
        carer-breakdown: can't|cant|cannot cope && #care
        carer-breakdown: scared for him|her
        carer-breakdown: own heart|health|cancer|operation ..8 nobody|no+one|carry|care|look|who'll|help
        carer-breakdown: end up in hospital
        carer-breakdown: start chemo && care|look|nobody|help
        carer-breakdown: =seventy|=seventy-eight|=eighty|=78|=80|=85|=seventy-five|=eighty-two ..2 myself && can't|lift|cope|manage
        carer-breakdown: done my back in && #care
        carer-breakdown: destroying|breaking|crushing|drowning me && #care
        carer-breakdown: going+to|gonna|about+to|ready+to|i'll|i'm+going+to snap|crack|break|lose+it && #care
        carer-breakdown: falling apart|can't+take+much+more && #care
        carer-breakdown: no help|support|break|respite ..4 months|weeks|years && #care
        carer-breakdown: i ..4 could|might|will|'ll|would hurt|hit|harm|smother|strangle|shake|throttle him|her|mum|dad|my
        carer-breakdown: put|putting him|her|mum|dad in a home && can't|cope|do+it|no+choice|have+to
        """
}
