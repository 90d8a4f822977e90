/*
 * The cue lexicon.  One row per verb (and per verb + particle), with its
 * five forms written out rather than derived: English inflection has too
 * many exceptions ("denied", "admitted", "written") for rules to be worth
 * it.  Rows sharing their forms are adjacent, particle rows first, so the
 * longest cue wins.
 */
#include "config.h"

#include <string.h>

#include "cues.h"
#include "lexicon.h"

#define S	(CUE_SAY | CUE_CLAUSE)
#define T	(CUE_THINK | CUE_CLAUSE)
#define E	(CUE_EVID | CUE_CLAUSE)

static const struct cue_verb cues_verbs[] = {
	/* speech and writing */
	{ { "say", "says", "said", "saying", "said" }, NULL, S },
	{ { "tell", "tells", "told", "telling", "told" }, NULL, S | CUE_OBJ },
	{ { "add", "adds", "added", "adding", "added" }, NULL, S },
	{ { "write", "writes", "wrote", "writing", "written" }, NULL, S | CUE_OPENER },
	{ { "ask", "asks", "asked", "asking", "asked" }, "about", CUE_SAY | CUE_NP | CUE_QUESTION },
	{ { "ask", "asks", "asked", "asking", "asked" }, NULL, S | CUE_OBJ | CUE_TO | CUE_OPENER | CUE_QUESTION },
	{ { "note", "notes", "noted", "noting", "noted" }, NULL, S },
	{ { "report", "reports", "reported", "reporting", "reported" }, NULL, S | CUE_EVID | CUE_WEAK },
	{ { "announce", "announces", "announced", "announcing", "announced" }, NULL, S | CUE_NP },
	{ { "suggest", "suggests", "suggested", "suggesting", "suggested" }, NULL, S | CUE_EVID },
	{ { "argue", "argues", "argued", "arguing", "argued" }, NULL, S },
	{ { "explain", "explains", "explained", "explaining", "explained" }, NULL, S },
	{ { "continue", "continues", "continued", "continuing", "continued" }, NULL, S | CUE_QUOTING },
	{ { "declare", "declares", "declared", "declaring", "declared" }, NULL, S },
	{ { "acknowledge", "acknowledges", "acknowledged", "acknowledging", "acknowledged" }, NULL, S | CUE_NP },
	{ { "claim", "claims", "claimed", "claiming", "claimed" }, NULL, S },
	{ { "state", "states", "stated", "stating", "stated" }, NULL, S | CUE_WEAK | CUE_OPENER },
	{ { "insist", "insists", "insisted", "insisting", "insisted" }, NULL, S },
	{ { "reply", "replies", "replied", "replying", "replied" }, NULL, S },
	{ { "respond", "responds", "responded", "responding", "responded" }, NULL, S | CUE_OPENER },
	{ { "recall", "recalls", "recalled", "recalling", "recalled" }, NULL, S },
	{ { "warn", "warns", "warned", "warning", "warned" }, NULL, S | CUE_OBJ | CUE_OPENER },
	{ { "admit", "admits", "admitted", "admitting", "admitted" }, NULL, S },
	{ { "concede", "concedes", "conceded", "conceding", "conceded" }, NULL, S },
	{ { "confirm", "confirms", "confirmed", "confirming", "confirmed" }, NULL, S | CUE_EVID | CUE_NP },
	{ { "reveal", "reveals", "revealed", "revealing", "revealed" }, NULL, S | CUE_EVID },
	{ { "predict", "predicts", "predicted", "predicting", "predicted" }, NULL, S },
	{ { "promise", "promises", "promised", "promising", "promised" }, NULL, S | CUE_TO },
	{ { "vow", "vows", "vowed", "vowing", "vowed" }, NULL, S | CUE_TO },
	{ { "pledge", "pledges", "pledged", "pledging", "pledged" }, NULL, S | CUE_TO },
	{ { "tweet", "tweets", "tweeted", "tweeting", "tweeted" }, NULL, S },
	{ { "complain", "complains", "complained", "complaining", "complained" }, NULL, S },
	{ { "joke", "jokes", "joked", "joking", "joked" }, NULL, S },
	{ { "quip", "quips", "quipped", "quipping", "quipped" }, NULL, S },
	{ { "remark", "remarks", "remarked", "remarking", "remarked" }, NULL, S | CUE_WEAK },
	{ { "observe", "observes", "observed", "observing", "observed" }, NULL, S },
	{ { "emphasize", "emphasizes", "emphasized", "emphasizing", "emphasized" }, NULL, S },
	{ { "emphasise", "emphasises", "emphasised", "emphasising", "emphasised" }, NULL, S },
	{ { "stress", "stresses", "stressed", "stressing", "stressed" }, NULL, S | CUE_WEAK },
	{ { "assert", "asserts", "asserted", "asserting", "asserted" }, NULL, S },
	{ { "allege", "alleges", "alleged", "alleging", "alleged" }, NULL, S },
	{ { "maintain", "maintains", "maintained", "maintaining", "maintained" }, NULL, S | CUE_WEAK },
	{ { "contend", "contends", "contended", "contending", "contended" }, NULL, S },
	{ { "counter", "counters", "countered", "countering", "countered" }, NULL, S | CUE_WEAK },
	{ { "repeat", "repeats", "repeated", "repeating", "repeated" }, NULL, S | CUE_WEAK },
	{ { "reiterate", "reiterates", "reiterated", "reiterating", "reiterated" }, NULL, S },
	{ { "mention", "mentions", "mentioned", "mentioning", "mentioned" }, NULL, S | CUE_NP },
	{ { "indicate", "indicates", "indicated", "indicating", "indicated" }, NULL, S | CUE_EVID },
	{ { "disclose", "discloses", "disclosed", "disclosing", "disclosed" }, NULL, S },
	{ { "assure", "assures", "assured", "assuring", "assured" }, NULL, S | CUE_OBJ | CUE_OPENER },
	{ { "inform", "informs", "informed", "informing", "informed" }, NULL, S | CUE_OBJ | CUE_OPENER },
	{ { "remind", "reminds", "reminded", "reminding", "reminded" }, NULL, S | CUE_OBJ | CUE_OPENER },
	{ { "urge", "urges", "urged", "urging", "urged" }, NULL, S | CUE_OBJ | CUE_TO | CUE_OPENER },
	{ { "advise", "advises", "advised", "advising", "advised" }, NULL, S | CUE_OBJ | CUE_OPENER },
	{ { "testify", "testifies", "testified", "testifying", "testified" }, NULL, S },
	{ { "speculate", "speculates", "speculated", "speculating", "speculated" }, NULL, S },
	{ { "estimate", "estimates", "estimated", "estimating", "estimated" }, NULL, S | CUE_EVID | CUE_WEAK },
	{ { "hint", "hints", "hinted", "hinting", "hinted" }, NULL, S },
	{ { "boast", "boasts", "boasted", "boasting", "boasted" }, NULL, S },
	{ { "brag", "brags", "bragged", "bragging", "bragged" }, NULL, S },
	{ { "lament", "laments", "lamented", "lamenting", "lamented" }, NULL, S },
	{ { "exclaim", "exclaims", "exclaimed", "exclaiming", "exclaimed" }, NULL, S },
	{ { "shout", "shouts", "shouted", "shouting", "shouted" }, NULL, S },
	{ { "answer", "answers", "answered", "answering", "answered" }, NULL, S | CUE_WEAK },
	{ { "retort", "retorts", "retorted", "retorting", "retorted" }, NULL, S },
	{ { "email", "emails", "emailed", "emailing", "emailed" }, NULL, S | CUE_WEAK },
	{ { "propose", "proposes", "proposed", "proposing", "proposed" }, NULL, S | CUE_TO | CUE_NP },
	{ { "recommend", "recommends", "recommended", "recommending", "recommended" }, NULL, S },
	{ { "demand", "demands", "demanded", "demanding", "demanded" }, NULL, S | CUE_NP },
	{ { "threaten", "threatens", "threatened", "threatening", "threatened" }, NULL, S | CUE_TO },
	{ { "accuse", "accuses", "accused", "accusing", "accused" }, NULL, CUE_SAY | CUE_NP },
	{ { "criticize", "criticizes", "criticized", "criticizing", "criticized" }, NULL, CUE_SAY | CUE_NP },
	{ { "criticise", "criticises", "criticised", "criticising", "criticised" }, NULL, CUE_SAY | CUE_NP },
	{ { "praise", "praises", "praised", "praising", "praised" }, NULL, CUE_SAY | CUE_NP },
	{ { "blame", "blames", "blamed", "blaming", "blamed" }, NULL, CUE_SAY | CUE_NP },
	{ { "slam", "slams", "slammed", "slamming", "slammed" }, NULL, CUE_SAY | CUE_NP },
	{ { "blast", "blasts", "blasted", "blasting", "blasted" }, NULL, CUE_SAY | CUE_NP },
	{ { "describe", "describes", "described", "describing", "described" }, NULL, CUE_SAY | CUE_NP },
	{ { "call", "calls", "called", "calling", "called" }, "for", CUE_SAY | CUE_NP },
	{ { "call", "calls", "called", "calling", "called" }, "on", CUE_SAY | CUE_OBJ | CUE_TO },
	{ { "call", "calls", "called", "calling", "called" }, NULL, CUE_SAY | CUE_NP | CUE_WEAK },
	{ { "cite", "cites", "cited", "citing", "cited" }, NULL, CUE_SAY | CUE_NP },
	{ { "condemn", "condemns", "condemned", "condemning", "condemned" }, NULL, CUE_SAY | CUE_NP },
	{ { "denounce", "denounces", "denounced", "denouncing", "denounced" }, NULL, CUE_SAY | CUE_NP },
	{ { "decry", "decries", "decried", "decrying", "decried" }, NULL, CUE_SAY | CUE_NP },
	{ { "hail", "hails", "hailed", "hailing", "hailed" }, NULL, CUE_SAY | CUE_NP },
	{ { "label", "labels", "labeled", "labeling", "labeled" }, NULL, CUE_SAY | CUE_NP | CUE_WEAK },
	{ { "dub", "dubs", "dubbed", "dubbing", "dubbed" }, NULL, CUE_SAY | CUE_NP },
	{ { "brand", "brands", "branded", "branding", "branded" }, NULL, CUE_SAY | CUE_NP | CUE_WEAK },
	{ { "liken", "likens", "likened", "likening", "likened" }, NULL, CUE_SAY | CUE_NP },
	{ { "question", "questions", "questioned", "questioning", "questioned" }, NULL, CUE_SAY | CUE_NP | CUE_WEAK },
	{ { "defend", "defends", "defended", "defending", "defended" }, NULL, CUE_SAY | CUE_NP },
	{ { "attack", "attacks", "attacked", "attacking", "attacked" }, NULL, CUE_SAY | CUE_NP | CUE_WEAK },
	{ { "conclude", "concludes", "concluded", "concluding", "concluded" }, NULL, S | CUE_EVID },
	{ { "point", "points", "pointed", "pointing", "pointed" }, "out", S },
	{ { "point", "points", "pointed", "pointing", "pointed" }, "to", CUE_SAY | CUE_NP },
	{ { "refer", "refers", "referred", "referring", "referred" }, "to", CUE_SAY | CUE_NP },
	{ { "make", "makes", "made", "making", "made" }, "clear", S },
	{ { "go", "goes", "went", "going", "gone" }, "on", S | CUE_WEAK | CUE_OPENER },
	{ { "shoot", "shoots", "shot", "shooting", "shot" }, "back", S },
	{ { "talk", "talks", "talked", "talking", "talked" }, "about", CUE_SAY | CUE_NP },
	{ { "speak", "speaks", "spoke", "speaking", "spoken" }, "about", CUE_SAY | CUE_NP },
	/* manners of speaking: cues for quotations */
	{ { "chant", "chants", "chanted", "chanting", "chanted" }, NULL, S | CUE_QUOTING },
	{ { "yell", "yells", "yelled", "yelling", "yelled" }, NULL, S | CUE_QUOTING },
	{ { "scream", "screams", "screamed", "screaming", "screamed" }, NULL, S | CUE_QUOTING },
	{ { "whisper", "whispers", "whispered", "whispering", "whispered" }, NULL, S | CUE_QUOTING },
	{ { "mutter", "mutters", "muttered", "muttering", "muttered" }, NULL, S | CUE_QUOTING },
	{ { "murmur", "murmurs", "murmured", "murmuring", "murmured" }, NULL, S | CUE_QUOTING },
	{ { "sigh", "sighs", "sighed", "sighing", "sighed" }, NULL, S | CUE_QUOTING },
	{ { "snap", "snaps", "snapped", "snapping", "snapped" }, NULL, S | CUE_QUOTING },
	{ { "gush", "gushes", "gushed", "gushing", "gushed" }, NULL, S | CUE_QUOTING },
	{ { "marvel", "marvels", "marveled", "marveling", "marveled" }, NULL, S | CUE_QUOTING },
	{ { "muse", "muses", "mused", "musing", "mused" }, NULL, S | CUE_QUOTING },
	{ { "tease", "teases", "teased", "teasing", "teased" }, NULL, S | CUE_QUOTING },
	{ { "taunt", "taunts", "taunted", "taunting", "taunted" }, NULL, S | CUE_QUOTING },
	{ { "scoff", "scoffs", "scoffed", "scoffing", "scoffed" }, NULL, S | CUE_QUOTING },
	{ { "interject", "interjects", "interjected", "interjecting", "interjected" }, NULL, S | CUE_QUOTING },
	{ { "interrupt", "interrupts", "interrupted", "interrupting", "interrupted" }, NULL, S | CUE_QUOTING },
	{ { "echo", "echoes", "echoed", "echoing", "echoed" }, NULL, S | CUE_QUOTING },
	{ { "recount", "recounts", "recounted", "recounting", "recounted" }, NULL, S | CUE_QUOTING },
	{ { "proclaim", "proclaims", "proclaimed", "proclaiming", "proclaimed" }, NULL, S | CUE_QUOTING },
	{ { "opine", "opines", "opined", "opining", "opined" }, NULL, S | CUE_QUOTING },
	{ { "posit", "posits", "posited", "positing", "posited" }, NULL, S | CUE_QUOTING },
	{ { "venture", "ventures", "ventured", "venturing", "ventured" }, NULL, S | CUE_QUOTING },
	{ { "elaborate", "elaborates", "elaborated", "elaborating", "elaborated" }, NULL, S | CUE_QUOTING },
	{ { "caution", "cautions", "cautioned", "cautioning", "cautioned" }, NULL, S | CUE_QUOTING },
	{ { "plead", "pleads", "pleaded", "pleading", "pleaded" }, NULL, S | CUE_QUOTING },
	{ { "implore", "implores", "implored", "imploring", "implored" }, NULL, S | CUE_QUOTING },
	{ { "inquire", "inquires", "inquired", "inquiring", "inquired" }, NULL, S | CUE_QUOTING | CUE_QUESTION },
	{ { "object", "objects", "objected", "objecting", "objected" }, NULL, S | CUE_QUOTING },
	{ { "protest", "protests", "protested", "protesting", "protested" }, NULL, S | CUE_QUOTING },
	{ { "grumble", "grumbles", "grumbled", "grumbling", "grumbled" }, NULL, S | CUE_QUOTING },
	{ { "gripe", "gripes", "griped", "griping", "griped" }, NULL, S | CUE_QUOTING },
	{ { "moan", "moans", "moaned", "moaning", "moaned" }, NULL, S | CUE_QUOTING },
	{ { "crow", "crows", "crowed", "crowing", "crowed" }, NULL, S | CUE_QUOTING },
	{ { "thunder", "thunders", "thundered", "thundering", "thundered" }, NULL, S | CUE_QUOTING },
	{ { "bellow", "bellows", "bellowed", "bellowing", "bellowed" }, NULL, S | CUE_QUOTING },
	{ { "roar", "roars", "roared", "roaring", "roared" }, NULL, S | CUE_QUOTING },
	{ { "fume", "fumes", "fumed", "fuming", "fumed" }, NULL, S | CUE_QUOTING },
	{ { "rail", "rails", "railed", "railing", "railed" }, NULL, S | CUE_QUOTING },
	{ { "rant", "rants", "ranted", "ranting", "ranted" }, NULL, S | CUE_QUOTING },
	{ { "cheer", "cheers", "cheered", "cheering", "cheered" }, NULL, S | CUE_QUOTING },
	{ { "sing", "sings", "sang", "singing", "sung" }, NULL, S | CUE_QUOTING },
	{ { "read", "reads", "read", "reading", "read" }, NULL, S | CUE_QUOTING },
	{ { "text", "texts", "texted", "texting", "texted" }, NULL, S | CUE_QUOTING },
	{ { "preach", "preaches", "preached", "preaching", "preached" }, NULL, S | CUE_QUOTING },
	{ { "summarize", "summarizes", "summarized", "summarizing", "summarized" }, NULL, S | CUE_QUOTING },
	{ { "reminisce", "reminisces", "reminisced", "reminiscing", "reminisced" }, NULL, S | CUE_QUOTING },
	{ { "exhort", "exhorts", "exhorted", "exhorting", "exhorted" }, NULL, S | CUE_QUOTING },
	{ { "snipe", "snipes", "sniped", "sniping", "sniped" }, NULL, S | CUE_QUOTING },
	{ { "retaliate", "retaliates", "retaliated", "retaliating", "retaliated" }, NULL, S | CUE_QUOTING },
	{ { "laugh", "laughs", "laughed", "laughing", "laughed" }, NULL, S | CUE_QUOTING },
	{ { "cry", "cries", "cried", "crying", "cried" }, NULL, S | CUE_QUOTING },
	/* stance */
	{ { "deny", "denies", "denied", "denying", "denied" }, NULL, S | CUE_NP | CUE_DENY },
	{ { "reject", "rejects", "rejected", "rejecting", "rejected" }, NULL, CUE_SAY | CUE_NP | CUE_DENY },
	{ { "dismiss", "dismisses", "dismissed", "dismissing", "dismissed" }, NULL, CUE_SAY | CUE_NP | CUE_DENY },
	{ { "dispute", "disputes", "disputed", "disputing", "disputed" }, NULL, S | CUE_NP | CUE_DENY },
	{ { "refute", "refutes", "refuted", "refuting", "refuted" }, NULL, CUE_SAY | CUE_NP | CUE_DENY },
	{ { "rebut", "rebuts", "rebutted", "rebutting", "rebutted" }, NULL, CUE_SAY | CUE_NP | CUE_DENY },
	{ { "push", "pushes", "pushed", "pushing", "pushed" }, "back", CUE_SAY | CUE_DENY },
	{ { "decline", "declines", "declined", "declining", "declined" }, NULL, CUE_SAY | CUE_TO | CUE_REFUSE },
	{ { "refuse", "refuses", "refused", "refusing", "refused" }, NULL, CUE_SAY | CUE_TO | CUE_REFUSE },
	{ { "clarify", "clarifies", "clarified", "clarifying", "clarified" }, NULL, S | CUE_CORRECT },
	{ { "correct", "corrects", "corrected", "correcting", "corrected" }, NULL, S | CUE_CORRECT | CUE_WEAK },
	{ { "retract", "retracts", "retracted", "retracting", "retracted" }, NULL, CUE_SAY | CUE_NP | CUE_CORRECT },
	{ { "backtrack", "backtracks", "backtracked", "backtracking", "backtracked" }, NULL, S | CUE_CORRECT },
	{ { "withdraw", "withdraws", "withdrew", "withdrawing", "withdrawn" }, NULL, CUE_SAY | CUE_NP | CUE_CORRECT },
	{ { "walk", "walks", "walked", "walking", "walked" }, "back", CUE_SAY | CUE_NP | CUE_CORRECT },
	/* belief and intention */
	{ { "think", "thinks", "thought", "thinking", "thought" }, NULL, T | CUE_NOINV },
	{ { "believe", "believes", "believed", "believing", "believed" }, NULL, T | CUE_NOINV },
	{ { "hope", "hopes", "hoped", "hoping", "hoped" }, NULL, T | CUE_TO | CUE_NOINV },
	{ { "fear", "fears", "feared", "fearing", "feared" }, NULL, T | CUE_NOINV },
	{ { "expect", "expects", "expected", "expecting", "expected" }, NULL, T | CUE_TO | CUE_NOINV },
	{ { "know", "knows", "knew", "knowing", "known" }, NULL, T | CUE_NOINV | CUE_WEAK },
	{ { "feel", "feels", "felt", "feeling", "felt" }, NULL, T | CUE_NOINV | CUE_WEAK },
	{ { "worry", "worries", "worried", "worrying", "worried" }, NULL, T | CUE_NOINV },
	{ { "suspect", "suspects", "suspected", "suspecting", "suspected" }, NULL, T | CUE_NOINV | CUE_WEAK },
	{ { "doubt", "doubts", "doubted", "doubting", "doubted" }, NULL, T | CUE_NOINV },
	{ { "want", "wants", "wanted", "wanting", "wanted" }, NULL, CUE_THINK | CUE_TO | CUE_NP | CUE_NOINV },
	{ { "agree", "agrees", "agreed", "agreeing", "agreed" }, NULL, S | CUE_TO | CUE_NOINV },
	/* acts that voice a view */
	{ { "express", "expresses", "expressed", "expressing", "expressed" }, NULL, CUE_SAY | CUE_NP | CUE_NOINV },
	{ { "voice", "voices", "voiced", "voicing", "voiced" }, NULL, CUE_SAY | CUE_NP | CUE_NOINV | CUE_WEAK },
	{ { "tout", "touts", "touted", "touting", "touted" }, NULL, CUE_SAY | CUE_NP | CUE_NOINV },
	{ { "signal", "signals", "signaled", "signaling", "signaled" }, NULL, S | CUE_NOINV },
	{ { "mock", "mocks", "mocked", "mocking", "mocked" }, NULL, CUE_SAY | CUE_NP | CUE_NOINV },
	{ { "thank", "thanks", "thanked", "thanking", "thanked" }, NULL, CUE_SAY | CUE_NP | CUE_NOINV | CUE_WEAK },
	{ { "highlight", "highlights", "highlighted", "highlighting", "highlighted" }, NULL, CUE_SAY | CUE_NP | CUE_NOINV },
	{ { "portray", "portrays", "portrayed", "portraying", "portrayed" }, NULL, CUE_SAY | CUE_NP | CUE_NOINV },
	{ { "discuss", "discusses", "discussed", "discussing", "discussed" }, NULL, CUE_SAY | CUE_NP | CUE_NOINV },
	{ { "challenge", "challenges", "challenged", "challenging", "challenged" }, NULL, CUE_SAY | CUE_NP | CUE_NOINV | CUE_WEAK },
	{ { "encourage", "encourages", "encouraged", "encouraging", "encouraged" }, NULL, CUE_SAY | CUE_OBJ | CUE_TO | CUE_OPENER | CUE_NOINV },
	{ { "convince", "convinces", "convinced", "convincing", "convinced" }, NULL, S | CUE_OBJ | CUE_OPENER | CUE_NOINV },
	{ { "order", "orders", "ordered", "ordering", "ordered" }, NULL, CUE_SAY | CUE_OBJ | CUE_TO | CUE_NP | CUE_NOINV | CUE_WEAK },
	{ { "request", "requests", "requested", "requesting", "requested" }, NULL, CUE_SAY | CUE_NP | CUE_TO | CUE_NOINV },
	{ { "offer", "offers", "offered", "offering", "offered" }, NULL, CUE_SAY | CUE_NP | CUE_TO | CUE_NOINV | CUE_WEAK },
	{ { "seek", "seeks", "sought", "seeking", "sought" }, NULL, CUE_THINK | CUE_NP | CUE_TO | CUE_NOINV },
	{ { "remember", "remembers", "remembered", "remembering", "remembered" }, NULL, T | CUE_NOINV },
	{ { "learn", "learns", "learned", "learning", "learned" }, NULL, T | CUE_NOINV | CUE_WEAK },
	/* support and opposition */
	{ { "endorse", "endorses", "endorsed", "endorsing", "endorsed" }, NULL, CUE_SAY | CUE_NP | CUE_NOINV },
	{ { "support", "supports", "supported", "supporting", "supported" }, NULL, CUE_THINK | CUE_NP | CUE_NOINV | CUE_WEAK },
	{ { "oppose", "opposes", "opposed", "opposing", "opposed" }, NULL, CUE_THINK | CUE_NP | CUE_NOINV },
	{ { "decide", "decides", "decided", "deciding", "decided" }, NULL, CUE_THINK | CUE_TO | CUE_CLAUSE | CUE_NOINV },
	{ { "plan", "plans", "planned", "planning", "planned" }, NULL, CUE_THINK | CUE_TO | CUE_NOINV | CUE_WEAK },
	{ { "prefer", "prefers", "preferred", "preferring", "preferred" }, NULL, CUE_THINK | CUE_NP | CUE_TO | CUE_NOINV },
	{ { "favor", "favors", "favored", "favoring", "favored" }, NULL, CUE_THINK | CUE_NP | CUE_NOINV | CUE_WEAK },
	{ { "back", "backs", "backed", "backing", "backed" }, NULL, CUE_THINK | CUE_NP | CUE_NOINV | CUE_WEAK },
	{ { "vote", "votes", "voted", "voting", "voted" }, "for", CUE_THINK | CUE_NP | CUE_NOINV },
	{ { "vote", "votes", "voted", "voting", "voted" }, "against", CUE_THINK | CUE_NP | CUE_NOINV },
	{ { "vote", "votes", "voted", "voting", "voted" }, "to", CUE_THINK | CUE_NP | CUE_NOINV },
	/* evidence */
	{ { "show", "shows", "showed", "showing", "shown" }, NULL, E | CUE_NOINV | CUE_WEAK },
	{ { "find", "finds", "found", "finding", "found" }, NULL, E | CUE_NOINV | CUE_WEAK },
	/* evidentials: what seems so, to no one in particular */
	/* "according to" */
	{ { "according", "according", "according", "according", "according" }, "to", CUE_SAY | CUE_ACCORDING },
};

#undef S
#undef T
#undef E

/*
 * Nouns that carry a view, with the preposition (or "that", "to") that
 * opens its content: "support for", "questions about", "the claim that",
 * "a decision to".  Each row holds the singular, then the plural; rows of
 * one noun are adjacent.
 */
#define N(one, many, prep, flags) \
	{ { one, many, one, one, one }, prep, (flags) | CUE_NOUN }
#define P	CUE_NP
#define C	CUE_CLAUSE

static const struct cue_verb cues_nouns[] = {
	N("support", "supports", "for", P),
	N("opposition", "oppositions", "to", P),
	N("question", "questions", "about", P),
	N("attack", "attacks", "on", P),
	N("attack", "attacks", "against", P),
	N("concern", "concerns", "about", P),
	N("concern", "concerns", "over", P),
	N("concern", "concerns", "that", C),
	N("criticism", "criticisms", "of", P),
	N("critique", "critiques", "of", P),
	N("doubt", "doubts", "about", P),
	N("doubt", "doubts", "that", C),
	N("favor", "favors", "of", P),
	N("mention", "mentions", "of", P),
	N("fear", "fears", "of", P),
	N("fear", "fears", "that", C),
	N("praise", "praises", "for", P),
	N("condemnation", "condemnations", "of", P),
	N("claim", "claims", "that", C),
	N("assertion", "assertions", "that", C),
	N("suggestion", "suggestions", "that", C),
	N("belief", "beliefs", "that", C),
	N("argument", "arguments", "that", C),
	N("argument", "arguments", "for", P),
	N("warning", "warnings", "that", C),
	N("warning", "warnings", "about", P),
	N("allegation", "allegations", "that", C),
	N("accusation", "accusations", "that", C),
	N("accusation", "accusations", "of", P),
	N("insistence", "insistences", "that", C),
	N("view", "views", "that", C),
	N("decision", "decisions", "to", P),
	N("refusal", "refusals", "to", P),
	N("promise", "promises", "to", P),
	N("promise", "promises", "that", C),
	N("pledge", "pledges", "to", P),
	N("plan", "plans", "to", P),
	N("call", "calls", "for", P),
	N("demand", "demands", "for", P),
	N("demand", "demands", "that", C),
	N("proposal", "proposals", "to", P),
	N("complaint", "complaints", "about", P),
	N("complaint", "complaints", "that", C),
	N("hope", "hopes", "that", C),
	N("comment", "comments", "about", P),
	N("comment", "comments", "on", P),
	N("worry", "worries", "about", P),
	N("worry", "worries", "that", C),
	N("skepticism", "skepticisms", "about", P),
	N("skepticism", "skepticisms", "of", P),
	N("disdain", "disdains", "for", P),
	N("contempt", "contempts", "for", P),
	N("admiration", "admirations", "for", P),
	N("sympathy", "sympathies", "for", P),
	N("disapproval", "disapprovals", "of", P),
	N("defense", "defenses", "of", P),
	N("push", "pushes", "for", P),
	N("vow", "vows", "to", P),
	N("threat", "threats", "to", P),
	N("intention", "intentions", "to", P),
	N("willingness", "willingnesses", "to", P),
	N("reluctance", "reluctances", "to", P),
	N("testimony", "testimonies", "about", P),
	N("statement", "statements", "about", P),
	N("statement", "statements", "on", P),
};

#undef N
#undef P
#undef C

/* Auxiliaries and negations that belong to the cue: "has said", "did not say". */
static const char *const cues_aux_words[] = {
	"'d", "'ve", "am", "are", "be", "been", "being", "can", "cannot",
	"could", "couldn't", "did", "didn't", "do", "does", "doesn't",
	"don't", "had", "hadn't", "has", "hasn't", "have", "haven't", "is",
	"isn't", "may", "might", "must", "never", "not", "should",
	"shouldn't", "was", "wasn't", "were", "weren't", "will", "won't",
	"would", "wouldn't",
};

/* Adverbs that may stand between a speaker and the cue. */
static const char *const cues_adverbs[] = {
	"again", "allegedly", "already", "also", "angrily", "apparently",
	"bluntly", "briefly", "candidly", "clearly", "correctly", "emphatically",
	"erroneously", "even", "explicitly", "falsely", "however", "famously", "firmly",
	"first", "flatly", "formally", "frequently", "further", "immediately", "initially",
	"later", "likewise", "memorably", "mistakenly", "notably", "often",
	"once", "only", "openly", "previously", "privately", "publicly",
	"quickly", "quietly", "recently", "reportedly", "repeatedly",
	"separately", "similarly", "simply", "specifically", "still",
	"strongly", "subsequently", "then", "wrongly",
};

/* Words in -ly that are not adverbs: "the family said". */
static const char *const cues_not_adverbs[] = {
	"ally", "assembly", "belly", "bully", "daily", "early", "family",
	"likely", "monthly", "rally", "reply", "supply", "unlikely", "weekly",
};

static struct lexicon	cues_verb_lex, cues_noun_lex, cues_particle_lex,
			cues_aux_lex, cues_adverb_lex, cues_not_adverb_lex;

static void
cues_init(void)
{
	size_t	i, f;

	if (cues_verb_lex.cap != 0)
		return;
	for (i = 0; i < sizeof cues_verbs / sizeof *cues_verbs; i++)
		for (f = 0; f < 5; f++)
			lexicon_add(&cues_verb_lex, cues_verbs[i].form[f],
			    (int32_t)i);
	for (i = 0; i < sizeof cues_nouns / sizeof *cues_nouns; i++) {
		for (f = 0; f < 2; f++)
			lexicon_add(&cues_noun_lex, cues_nouns[i].form[f],
			    (int32_t)i);
		lexicon_add(&cues_particle_lex, cues_nouns[i].particle,
		    (int32_t)i);
	}
	lexicon_build(&cues_aux_lex, cues_aux_words, sizeof cues_aux_words /
	    sizeof *cues_aux_words, sizeof *cues_aux_words, 0);
	lexicon_build(&cues_adverb_lex, cues_adverbs, sizeof cues_adverbs /
	    sizeof *cues_adverbs, sizeof *cues_adverbs, 0);
	lexicon_build(&cues_not_adverb_lex, cues_not_adverbs,
	    sizeof cues_not_adverbs / sizeof *cues_not_adverbs,
	    sizeof *cues_not_adverbs, 0);
}

const struct cue_verb *
cues_table(size_t *n)
{
	*n = sizeof cues_verbs / sizeof *cues_verbs;
	return cues_verbs;
}

const struct cue_verb *
cues_noun_table(size_t *n)
{
	*n = sizeof cues_nouns / sizeof *cues_nouns;
	return cues_nouns;
}

bool
cues_is_aux(const struct tokens *t, size_t i)
{
	cues_init();
	return lexicon_find(&cues_aux_lex, t, i) >= 0;
}

/*
 * An adverb: one of the list, or a lower-case word in -ly that is not
 * one of the few nouns and adjectives so spelt ("increasingly said").
 */
bool
cues_is_adverb(const struct tokens *t, size_t i)
{
	const struct tok	*k = &t->v[i];
	const char		*e = t->text + k->end;

	cues_init();
	if (lexicon_find(&cues_adverb_lex, t, i) >= 0)
		return true;
	return k->kind == TOK_WORD && !(k->flags & (TF_CAP | TF_QUOTED)) &&
	    k->end - k->start >= 5 && e[-2] == 'l' && e[-1] == 'y' &&
	    lexicon_find(&cues_not_adverb_lex, t, i) < 0;
}

static bool
cues_is_be(const struct tokens *t, size_t i)
{
	static const char *const be[] = {
		"am", "are", "be", "been", "being", "is", "was", "were",
	};
	size_t	k;

	for (k = 0; k < sizeof be / sizeof *be; k++)
		if (tokens_eq(t, i, be[k]))
			return true;
	return false;
}

/* Which of the rows of v[0, n) sharing row r's forms fits at token i
 * (particle first)? */
static long
cues_pick_row(const struct cue_verb *v, size_t n, const struct tokens *t,
    size_t i, size_t r)
{
	const char	*base = v[r].form[0];

	for (; r < n && strcmp(v[r].form[0], base) == 0; r++)
		if (v[r].particle == NULL || tokens_eq(t, i + 1, v[r].particle))
			return (long)r;
	return -1;
}

static enum cue_form
cues_form(const struct tokens *t, size_t i, const struct cue_verb *row)
{
	int	f;

	for (f = 0; f < 5; f++)
		if (tokens_eq(t, i, row->form[f]))
			return (enum cue_form)f;
	return CUE_BASE;
}

/* "He's said": the 's of a pronoun is "has". */
static bool
cues_contracted_has(const struct tokens *t, size_t i)
{
	return (t->v[i].flags & TF_POSS) && i > 0 && (tokens_eq(t, i - 1, "he") ||
	    tokens_eq(t, i - 1, "she") || tokens_eq(t, i - 1, "it"));
}

/*
 * Extend the cue left over auxiliaries, negations and adverbs: they are
 * part of it as written ("has also said"), and the speaker is before them.
 */
static void
cues_extend(const struct tokens *t, struct cue *c)
{
	size_t	i = c->first;

	while (i > 0 && t->v[i - 1].kind == TOK_WORD &&
	    !(t->v[i - 1].flags & TF_QUOTED) &&
	    (cues_is_aux(t, i - 1) || cues_is_adverb(t, i - 1) ||
	    cues_contracted_has(t, i - 1))) {
		i--;
		if (cues_is_be(t, i) && (c->form == CUE_PAST || c->form == CUE_PP))
			c->passive = true;
		if (tokens_eq(t, i, "not") || tokens_eq(t, i, "never") ||
		    tokens_eq(t, i, "didn't") || tokens_eq(t, i, "doesn't") ||
		    tokens_eq(t, i, "don't") || tokens_eq(t, i, "won't") ||
		    tokens_eq(t, i, "wouldn't") || tokens_eq(t, i, "cannot"))
			c->negated = true;
	}
	c->first = (uint32_t)i;
}

/* Fill c for the cue of row v at token i. */
static void
cues_fill(const struct tokens *t, size_t i, const struct cue_verb *v,
    struct cue *c)
{
	memset(c, 0, sizeof *c);
	c->row = v;
	c->verb = (uint32_t)i;
	c->first = (uint32_t)i;
	c->last = (uint32_t)i + 1 + (v->particle != NULL);
	c->flags = v->flags;
	c->form = cues_form(t, i, v);
}

/* Is token i the verb of a cue (or "according")?  Fills c. */
bool
cues_match(const struct tokens *t, size_t i, struct cue *c)
{
	const size_t	n = sizeof cues_verbs / sizeof *cues_verbs;
	int32_t		r;
	long		row;

	cues_init();
	if (i >= t->n || t->v[i].kind != TOK_WORD)
		return false;
	r = lexicon_find(&cues_verb_lex, t, i);
	if (r < 0 || (row = cues_pick_row(cues_verbs, n, t, i, (size_t)r)) < 0)
		return false;
	cues_fill(t, i, &cues_verbs[row], c);
	cues_extend(t, c);
	return true;
}

/* Is token i a noun that carries a view, with its preposition?  Fills c. */
bool
cues_noun_match(const struct tokens *t, size_t i, struct cue *c)
{
	const size_t	n = sizeof cues_nouns / sizeof *cues_nouns;
	int32_t		r;
	long		row;

	cues_init();
	if (i + 1 >= t->n || t->v[i].kind != TOK_WORD ||
	    lexicon_find(&cues_particle_lex, t, i + 1) < 0)
		return false;	/* most words: no particle follows */
	r = lexicon_find(&cues_noun_lex, t, i);
	if (r < 0 || (row = cues_pick_row(cues_nouns, n, t, i, (size_t)r)) < 0)
		return false;
	cues_fill(t, i, &cues_nouns[row], c);
	return true;
}
