"""Curated abuse lexicon for the call-note / transcript detector (Chinese and English).

This is data, kept as a Python module rather than a JSON resource so it is type-checked, can hold
comments that explain each choice, and needs no packaging rule. The detector
(:mod:`console.domain.abuse_detector`) normalises every entry with the *same* function it applies
to the text, so entries are written naturally ("I'll kill you", "他妈的") and obfuscated
spellings (full-width, traditional characters, repeated letters, leetspeak) need no entries.

Written for this project; no public word list was copied (LDNOOBW, CC-BY-4.0, was the model for
the kind of coverage, not the source). The list is deliberately short and precise: a suggestion
that a person must confirm is only useful when it is rarely wrong.

Categories and default severities (DESIGN.md section 6; the strain score weighs them):

* ``insult_profanity``: profanity 1, name-calling 1, strong insults and curses 2. Aimed at the
  agent ("you idiot", "你是个废物") raises 1 to 2; this category never reaches 3.
* ``harassment``: sexual harassment 3; discriminatory slurs 2, aimed at the agent 3.
* ``threat``: threats of violence 3; veiled threats ("等着瞧", "you'll regret this") 2, and
  not counted at all when the same text talks about a complaint or legal step, because
  "等着瞧，我要去12315投诉你" promises a complaint, which is not abuse.

Angry is not abusive: "我要投诉你", "I want a refund", "I'm furious" are *not* entries, and words
that are only insulting when aimed at a person ("垃圾", "useless", "stupid") are marked
``directed_only``. Discriminatory slurs are stored ROT13-encoded (English) or as escapes
(Chinese) so that they do not sit in plain text in diffs and code search; they are decoded at
import and are fully detectable.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from typing import Any

from console.domain.abuse_context import (  # noqa: F401  (re-exported: one place to look)
    COMPLAINT_CONTEXT,
    EXTRA_FOLD,
    FILLERS_EN,
    FILLERS_ZH,
    MENTION_CUES,
    SAFE_PHRASES,
    SECOND_PERSON_EN,
    SECOND_PERSON_ZH,
    T2S_FALLBACK,
)

INSULT = "insult_profanity"
THREAT = "threat"
HARASSMENT = "harassment"
CATEGORIES = (INSULT, THREAT, HARASSMENT)


@dataclass(frozen=True)
class Term:
    """One lexicon entry, written in simplified Chinese / lower-case English.

    The flags exist because a bare word list either misses or over-flags:

    * ``directed_only``: counts only right after a second-person marker ("你是垃圾", not
      "垃圾服务").
    * ``standalone``: must stand alone between punctuation ("滚！", not "滚动").
    * ``clause_end``: must end its clause ("I will find you." but not "I will find you a
      better plan"; "你妈的！" but not "你妈的手机").
    * ``veiled``: a veiled threat, dropped when the text speaks of a complaint or legal step.
    * ``not_before``: characters that may not follow the match ("杀了你" but not "杀了你的进程").
    * ``mask``: also match masked spellings with ``*`` for inner letters ("f*ck", "b**ch").
    """

    text: str
    category: str
    severity: int
    directed_only: bool = False
    standalone: bool = False
    clause_end: bool = False
    veiled: bool = False
    not_before: str = ""
    mask: bool = False
    note: str = ""


def _t(category: str, severity: int, *texts: str, **flags: Any) -> list[Term]:
    return [Term(text, category, severity, **flags) for text in texts]


def _rot13(*texts: str) -> tuple[str, ...]:
    return tuple(codecs.decode(t, "rot13") for t in texts)


# --- English -----------------------------------------------------------------------------------

_EN_PROFANITY = _t(
    INSULT, 1,
    "fuck", "fucks", "fucking", "fuckin", "fucked", "shit", "shitty", "bullshit", "holy shit",
    "piss off", "go to hell", "screw you", "shut up", "stfu", "wtf", "god damn you",
    "effing", "effin", "eat shit", "go fuck yourself", "go f yourself", "f yourself", "f off",
    "f you",
    mask=True,
)
# "f-ing", "f'ing": the hyphen becomes a space, the apostrophe goes
_EN_PROFANITY_MASKED = _t(INSULT, 1, "f ing", "f'ing", "f in")
_EN_INSULTS_1 = _t(
    INSULT, 1,
    "idiot", "idiots", "moron", "morons", "imbecile", "imbeciles", "dumbass", "dumb ass",
    "jackass", "dipshit", "douchebag", "tosser", "numbskull", "halfwit", "nitwit", "cretin",
    "twit", "twits", "dimwit", "dimwits", "nincompoop", "numpty", "pillock", "plonker",
    "bellend", "knobhead", "hag", "waste of space", "waste of oxygen", "waste of air",
    "scumbags", "sack of shit",
    mask=True,
)


def _en_compound_insults() -> list[Term]:
    """"stupid cow", "brainless git": nouns that are insults only after an insulting adjective
    ("cow" and "git" alone are a farm animal and a version-control tool)."""
    adjectives = ("stupid", "dumb", "silly", "fat", "ugly", "lazy", "brainless", "useless",
                  "clueless", "worthless", "incompetent", "filthy", "dirty",
                  "pathetic", "miserable", "daft", "thick", "ignorant", "bloody", "fucking",
                  "old", "stupid old", "silly old", "ugly old")
    nouns = ("cow", "cows", "git", "gits", "hag", "witch", "pig", "pigs", "twit", "cretin", "ape",
             "monkey", "donkey", "muppet", "troll", "clown", "tool", "rat", "oaf", "fool",
             "bint", "slag", "tart", "goat", "sow", "mare")
    everyday = {("old", n) for n in ("goat", "pig", "pigs", "rat", "tool", "monkey", "donkey",
                                     "ape", "clown", "troll", "cow", "cows", "mare", "sow",
                                     "fool")}
    return [Term(f"{a} {n}", INSULT, 1) for a in adjectives for n in nouns
            if (a, n) not in everyday]
_EN_INSULTS_2 = _t(
    INSULT, 2,
    "fuck you", "fuck off", "fuck u", "fucker", "fuckers", "motherfucker", "motherfuckers",
    "motherfucking", "shut the fuck up", "bitch", "bitches", "stupid bitch", "son of a bitch",
    "bastard", "bastards", "asshole", "assholes", "arsehole", "kiss my ass", "cunt", "cunts",
    "twat", "wanker", "wankers", "dickhead", "dickheads", "cocksucker", "piece of shit",
    "scumbag", "slut", "whore", "pussy", "go die", "drop dead", "kill yourself", "go kill yourself",
    "kys", "i hope you die",
    mask=True,
)
# Only an insult when aimed at someone: "you're useless" vs "this form is useless".
_EN_DIRECTED = _t(
    INSULT, 1,
    "stupid", "dumb", "useless", "worthless", "loser", "losers", "prick", "dick", "clown",
    "pig", "trash", "garbage", "freak", "creep", "brain dead", "braindead",
    "brainless", "joke", "disgrace", "fool", "fools", "git", "cow", "muppet", "tool", "donkey",
    "monkey", "ape", "rat", "snake", "worm", "parasite", "vermin", "scum", "piece of crap",
    "piece of garbage", "piece of trash", "piece of junk",
    directed_only=True,
)

# Discriminatory slurs (racial, homophobic, transphobic, ableist), ROT13-encoded; see docstring.
_EN_SLURS = _t(
    HARASSMENT, 2,
    *_rot13(
        "avttre", "avttref", "avttn", "avttnf",  # anti-Black
        "snttbg", "snttbgf",  # homophobic
        "genaal", "genaavrf",  # transphobic
        "ergneq", "ergneqf", "ergneqrq",  # ableist
        "fcvp", "fcvpf", "jrgonpx", "jrgonpxf",  # anti-Latino
        "puvax", "puvaxf", "tbbx", "tbbxf",  # anti-East-Asian
        "xvxr", "xvxrf",  # antisemitic
        "cnxv", "cnxvf", "enturnq", "enturnqf", "gbjryurnq", "gbjryurnqf",  # anti-South-Asian/Arab
    ),
    mask=True,
    note="discriminatory slur",
)

_EN_SEXUAL = _t(
    HARASSMENT, 3,
    "suck my dick", "suck my cock", "suck my balls", "show me your tits", "show me your boobs",
    "nice tits", "your tits", "your boobs", "your pussy", "send me nudes", "send nudes",
    "send me a nude", "i want to fuck you", "i wanna fuck you", "want to sleep with you",
    "wanna sleep with you", "sleep with me", "what are you wearing",
    "what color is your underwear", "what colour is your underwear", "talk dirty to me",
    "you sound sexy", "your voice is sexy", "sexy voice", "sit on my face", "blowjob", "blow job",
    "jerk off", "jerking off", "touching myself", "i'm horny", "im horny",
    "hear you moan", "moan for me", "make you moan", "hear you scream my name",
    "take off your clothes", "take your clothes off", "take off your top", "take your top off",
    "i bet you look hot", "i bet you look sexy", "i bet you're hot", "i bet you are hot",
    "i bet you're sexy", "i bet you look good naked", "you must be hot", "you must be sexy",
    "you sound hot", "hey sexy", "hi sexy", "hello sexy", "hey hottie", "sweet cheeks",
    "sit on my lap", "come to bed with me",
    "spend the night with me", "describe your body",
    note="sexual harassment",
)
# Unwanted advances: harassment, one step below the explicit kind. Only phrases that ask for
# the agent: "can you come to my place" (a technician) and "hook up the TV" are everyday calls.
_EN_ADVANCES = _t(
    HARASSMENT, 2,
    "are you single", "r u single", "do you have a boyfriend", "do you have a girlfriend",
    "got a boyfriend", "have you got a boyfriend", "go out with me", "date me",
    "go on a date with me", "be my girlfriend", "be my boyfriend", "meet me after your shift",
    "hook up with me",
    note="unwanted advances",
)
# Discrimination in fixed phrases; shapes such as "women can't ..." are phrase rules.
_EN_DISCRIMINATION = _t(
    HARASSMENT, 2,
    "go back to your country", "go back to your own country", "go back to where you came from",
    "go back where you came from", "go back to your village", "go home to your country",
    "belong in the kitchen", "belongs in the kitchen", "women should stay at home",
    "you sound gay", "you sound like a girl", "you sound like a woman",
    "are you a man or a woman", "get me someone younger", "give me someone younger",
    "put someone younger on", "i want someone younger", "old hag",
    note="discrimination",
)

_EN_THREATS = _t(
    THREAT, 3,
    "i know where you live", "i know where you work", "i know where your kids",
    "i know where your family", "we know where you live", "watch your back",
    "you're a dead man", "you are a dead man", "you're dead meat", "i'll be waiting outside",
    "i will be waiting outside", "i'll be waiting for you outside", "i'm coming for you",
    "i am coming for you", "bomb your office", "blow up your office", "burn down your office",
    "burn your office", "shoot up your office", "i'll slit your throat", "i will slit your throat",
    "i know where you sleep", "i know where your car is", "i know what car you drive",
)
_EN_THREATS_CLAUSE_END = _t(
    THREAT, 3, "you're dead", "you are dead", "you're so dead", clause_end=True,
)
_EN_VEILED = _t(
    THREAT, 2,
    "you'll regret this", "you will regret this", "you'll regret it", "you will regret it",
    "you'll be sorry", "you will be sorry", "i'll make you pay", "i will make you pay",
    "watch yourself", "this isn't over", "this is not over",
    "you've been warned", "you have been warned", "you'll get what's coming",
    "you will get what's coming", "hope we never meet", "better hope i never",
    "better hope we never", "pray we never meet", "pray i never", "if i ever find you",
    "if i ever catch you", "wait till i find you",
    "wait till i get my hands on you", "wait until i get my hands on you",
    "when i get my hands on you", "if i get my hands on you", "i know your voice",
    "i'll remember your voice", "i will remember your voice", "i know what you sound like",
    "i know what you look like", "i'll remember your face", "i know where your office is",
    "i know where your branch is", "i know where your store is", "teach you a lesson",
    "teach you some manners",
    veiled=True,
)
_EN_VEILED_CLAUSE_END = _t(
    THREAT, 2, "you'll pay for this", "you will pay for this", "you're going to pay for this",
    "you are going to pay for this", "you're gonna pay for this", "you'll pay for that",
    veiled=True, clause_end=True,
)


def _en_threat_templates() -> list[Term]:
    """"I will kill you" and its many spellings, generated rather than listed by hand."""
    starts = [
        "i will", "i'll", "i am going to", "i'm going to", "i am gonna", "i'm gonna", "i gonna",
        "we will", "we'll", "we are going to", "we're going to", "we are gonna", "we're gonna",
        "i swear i will",
    ]
    adverbs = ["", "fucking ", "come and ", "come down there and "]
    verbs = [
        "kill {o}", "murder {o}", "hurt {o}", "stab {o}", "strangle {o}",
        "choke {o}", "smash {o}", "rape {o}", "beat {o} up", "hunt {o} down",
        "track {o} down",
    ]  # "shoot you" and "beat you" have friendly idioms: see abuse_rules._IDIOMS
    objects = ["you", "u", "ya", "your family"]
    clause_verbs = ["find {o}", "come for {o}", "come after {o}", "get {o}"]
    terms: list[Term] = []
    for start in starts:
        for adverb in adverbs:
            for verb in verbs:
                for obj in objects if "{o} " not in verb else objects[:2]:
                    terms.append(Term(f"{start} {adverb}{verb.format(o=obj)}", THREAT, 3))
            for verb in clause_verbs:
                for obj in objects[:3]:
                    text = f"{start} {adverb}{verb.format(o=obj)}"
                    terms.append(Term(text, THREAT, 3, clause_end=True))
    return terms


# --- Chinese (simplified; traditional input is converted before matching) ------------------------

_ZH_PROFANITY = [
    *_t(INSULT, 1, "他妈的", "他娘的", "特么的", "狗屁", "卧槽", "我靠你"),
    *_t(INSULT, 1, "妈的", "你妈的", "你大爷的", clause_end=True),
    *_t(INSULT, 1, "我操", not_before="作心劳练持办场守纵控盘"),
    *_t(INSULT, 1, "我草", not_before="拟稿图案地坪原莓皮书"),
    *_t(INSULT, 1, "尼玛", not_before="次扎卓拉顿先女同老师总"),
    *_t(INSULT, 1, "操", standalone=True),
    *_t(INSULT, 1, "靠北", "靠腰"),  # Taiwanese
]
_ZH_INSULTS_1 = [
    *_t(
        INSULT, 1,
        "蠢货", "蠢猪", "蠢蛋", "笨蛋", "白痴", "弱智", "智障", "脑残", "神经病", "猪脑子",
        "脑子进水", "脑子有病", "你有病吧", "你有病啊", "有病吧你", "废物", "混蛋", "滚蛋",
        "滚出去", "闭嘴", "给我闭嘴", "败类", "二货", "乡巴佬", "死胖子",
        "滚犊子", "滚粗", "滚远点", "滚一边去", "滚回去", "算什么东西", "你算老几", "傻帽",
        "傻冒", "傻缺", "二缺", "傻吊", "龟孙子", "龟孙", "龟儿子", "瓜娃子", "憨批", "哈批",
        "瓜批", "混账", "吃屎", "猪狗不如", "狗都不如", "跟狗一样", "像狗一样", "泼妇",
        "这帮孙子", "这群孙子", "一帮孙子", "你个孙子", "你这孙子",
    ),
    *_t(INSULT, 1, "北七", not_before="家路"),  # Taiwanese "idiot"; 北七家 is a town
    *_t(INSULT, 1, "狗屎", not_before="运"),  # 狗屎运 is dumb luck
    *_t(INSULT, 1, "滚开", not_before="水的了"),
    *_t(INSULT, 1, "你滚", "给我滚", not_before="动筒轮烫水圆雪石"),
    *_t(INSULT, 1, "滚", standalone=True),
    *_t(INSULT, 1, "垃圾", "傻子", "傻瓜", "变态", "不要脸", "饭桶", "猪", "白目", "猪头",
        "老女人", "三八", "王八", "放屁", directed_only=True),
    # 二百五 is also "two hundred and fifty"
    *_t(INSULT, 1, "二百五", directed_only=True,
        not_before="十块元个万千百米克斤号分秒天年月毫公的"),
]
_ZH_INSULTS_2 = [
    *_t(
        INSULT, 2,
        "傻逼", "傻比", "傻屄", "傻b", "傻bi", "傻13", "煞笔", "沙比", "傻叉", "傻x", "二逼",
        "脑瘫",
        "贱人", "贱货", "婊子", "臭婊子", "绿茶婊", "骚货", "骚逼", "王八蛋", "狗东西", "狗日的",
        "狗娘养的", "杂种", "畜生", "人渣", "操你妈", "操你妈的", "草你妈", "艹你妈", "肏你妈",
        "日你妈", "草泥马", "去你妈的", "你妈逼", "妈了个逼", "你妈死了", "死全家", "全家死光",
        "你去死", "去死吧",
    ),
    *_t(INSULT, 2, "去死", not_before="角皮"),
    *_t(INSULT, 2, "操你", not_before="的心作"),
    *_t(INSULT, 2, "干你娘", "干你妈", "干你老母", "机掰", "鸡掰", "傻屌", "low逼", "杂碎", "八婆",
        "死八婆", "臭三八", "不得好死", "断子绝孙", "全家死绝"),
    *_t(INSULT, 2, "你老母", clause_end=True),
]
# Common pinyin abbreviations, matched as whole Latin words ("你是sb", "SB!", "s b").
_PINYIN = [
    *_t(
        INSULT, 2,
        "sb", "shabi", "sha bi", "cnm", "caonima", "cao ni ma", "cnmb", "wcnm", "nmb", "mlgb",
        "rnm", "qnmd", "nmsl", "wqnmlgb",
    ),
    *_t(INSULT, 1, "tmd", "tamade", "ta ma de", "sjb"),
]
# Discriminatory slurs (racial, ethnic, homophobic, regional, ableist), escaped; see docstring.
_ZH_SLURS = _t(
    HARASSMENT, 2,
    "\u9ed1\u9b3c", "\u6b7b\u57fa\u4f6c", "\u5a18\u70ae", "\u652f\u90a3", "\u652f\u90a3\u732a",
    "\u5c0f\u65e5\u672c", "\u65e5\u672c\u9b3c\u5b50", "\u5916\u5730\u72d7", "\u6b8b\u5e9f",
    "\u6b7b\u6b8b\u5e9f", "\u6b7b\u7638\u5b50", "\u6b7b\u540c\u6027\u604b",
    note="discriminatory slur",
)
_ZH_SEXUAL = [
    *_t(
        HARASSMENT, 3,
        "约炮", "约个炮", "陪我睡", "跟我睡", "想睡你", "想上你", "想干你", "干死你", "胸多大",
        "奶子", "你穿的什么", "穿什么内裤", "内裤什么颜色", "内衣什么颜色", "发裸照", "裸照",
        "裸聊", "陪睡", "一夜情", "做爱", "口交", "舔我", "声音好骚", "声音真骚", "你好骚",
        "叫床", "自慰", "摸你", "强奸你",
        note="sexual harassment",
    ),
    *_t(HARASSMENT, 3, "你的胸", not_before="牌卡章针口部围腔", note="sexual harassment"),
    *_t(
        HARASSMENT, 3,
        "陪我过夜", "陪我开房", "陪我喝酒", "陪我喝一杯", "陪我喝两杯", "陪我上床", "胸大不大",
        "胸大吗", "胸有多大", "胸是不是很大", "你几罩杯", "你什么罩杯", "你是什么罩杯",
        "你多少罩杯", "想摸你", "摸摸你", "想亲你", "亲你一下", "叫给我听",
        note="sexual harassment",
    ),
    *_t(
        HARASSMENT, 2,
        "约你出来", "出来约会", "出来约吗", "跟我约会", "和我约会", "做我女朋友", "当我女朋友",
        "做我老婆", "当我老婆", "有男朋友吗", "有没有男朋友", "你单身吗", "你是单身吗",
        "有对象吗", "有没有对象",
        note="unwanted advances",
    ),
]
_ZH_DISCRIMINATION = [
    *_t(
        HARASSMENT, 2,
        "娘娘腔", "滚回老家", "滚回你老家", "滚回你们老家", "滚回乡下", "滚回农村", "滚回国",
        "滚回你的国家", "滚回你们国家",
        note="discrimination",
    ),
    *_t(HARASSMENT, 2, "人妖", directed_only=True, note="discrimination"),
]
_ZH_THREATS = [
    *_t(
        THREAT, 3,
        "我要杀了你", "我杀了你", "杀了你", "杀死你", "宰了你", "弄死你", "整死你", "搞死你",
        "砍死你", "砍了你", "捅死你", "捅了你", "废了你", "灭了你", "干掉你", "杀你全家",
        "弄死你全家", "打断你的腿", "找人弄你", "找人收拾你", "找人打你", "找人砍你",
        "上门找你算账", "你死定了", "你等死吧", "小心你的狗命", "炸了你们公司",
        "炸掉你们公司", "烧了你们公司",
        not_before="的们",
    ),
    *_t(THREAT, 3, "打死你", not_before="的们也都"),
    *_t(THREAT, 3, "放把火", "放一把火", "放火烧", "一把火烧了", "一把火烧掉", "泼汽油", "浇汽油",
        "泼硫酸"),
    *_t(THREAT, 3, "堵你", "蹲你", not_before="的"),
    *_t(
        THREAT, 3,
        "我知道你住哪", "我知道你住哪里", "我知道你住在哪", "我知道你住哪儿", "我知道你家在哪",
        "我知道你在哪上班",
    ),
]
_ZH_VEILED = _t(
    THREAT, 2,
    "等着瞧", "走着瞧", "你给我等着", "让你好看", "有你好看的", "你会后悔的", "你会付出代价",
    "饶不了你", "不会放过你", "下班别走", "出门小心点",
    "下班你等着", "你就等着吧", "你给我小心点", "你最好小心点", "出门别被车撞", "小心被车撞",
    "出门被车撞死", "走夜路小心点", "走夜路小心", "晚上走路小心点", "我认得你的声音",
    "我记住你的声音", "我记得你的声音", "吃不了兜着走", "有你受的",
    veiled=True,
)
# "我会找到你的。" is a threat; "我会找到你的订单" is service
_ZH_VEILED_CLAUSE_END = _t(
    THREAT, 2,
    "我会找到你", "我会找到你的", "我一定会找到你", "我一定会找到你的", "我迟早找到你",
    "我早晚找到你", "给我等着", "我记住你了",
    veiled=True, clause_end=True,
)

TERMS: tuple[Term, ...] = (
    *_EN_PROFANITY, *_EN_PROFANITY_MASKED, *_EN_INSULTS_1, *_en_compound_insults(),
    *_EN_INSULTS_2, *_EN_DIRECTED, *_EN_SLURS, *_EN_SEXUAL, *_EN_ADVANCES, *_EN_DISCRIMINATION,
    *_EN_THREATS, *_EN_THREATS_CLAUSE_END, *_EN_VEILED, *_EN_VEILED_CLAUSE_END,
    *_en_threat_templates(),
    *_ZH_PROFANITY, *_ZH_INSULTS_1, *_ZH_INSULTS_2, *_PINYIN, *_ZH_SLURS, *_ZH_SEXUAL,
    *_ZH_DISCRIMINATION, *_ZH_THREATS, *_ZH_VEILED, *_ZH_VEILED_CLAUSE_END,
)
