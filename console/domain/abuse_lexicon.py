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
    mask=True,
)
_EN_INSULTS_1 = _t(
    INSULT, 1,
    "idiot", "idiots", "moron", "morons", "imbecile", "imbeciles", "dumbass", "dumb ass",
    "jackass", "dipshit", "douchebag", "tosser", "numbskull", "halfwit", "nitwit", "cretin",
    mask=True,
)
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
    "pig", "trash", "garbage", "freak", "creep",
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
    note="sexual harassment",
)

_EN_THREATS = _t(
    THREAT, 3,
    "i know where you live", "i know where you work", "i know where your kids",
    "i know where your family", "we know where you live", "watch your back",
    "you're a dead man", "you are a dead man", "you're dead meat", "i'll be waiting outside",
    "i will be waiting outside", "i'll be waiting for you outside", "i'm coming for you",
    "i am coming for you", "bomb your office", "blow up your office", "burn down your office",
    "burn your office", "shoot up your office", "i'll slit your throat", "i will slit your throat",
)
_EN_THREATS_CLAUSE_END = _t(
    THREAT, 3, "you're dead", "you are dead", "you're so dead", clause_end=True,
)
_EN_VEILED = _t(
    THREAT, 2,
    "you'll regret this", "you will regret this", "you'll regret it", "you will regret it",
    "you'll be sorry", "you will be sorry", "i'll make you pay", "i will make you pay",
    "watch yourself", "this isn't over", "this is not over",
    veiled=True,
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
        "kill {o}", "murder {o}", "hurt {o}", "stab {o}", "shoot {o}", "strangle {o}",
        "choke {o}", "beat {o}", "smash {o}", "rape {o}", "beat {o} up", "hunt {o} down",
        "track {o} down",
    ]
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
]
_ZH_INSULTS_1 = [
    *_t(
        INSULT, 1,
        "蠢货", "蠢猪", "蠢蛋", "笨蛋", "白痴", "弱智", "智障", "脑残", "神经病", "猪脑子",
        "脑子进水", "脑子有病", "你有病吧", "你有病啊", "有病吧你", "废物", "混蛋", "滚蛋",
        "滚出去", "闭嘴", "给我闭嘴", "败类", "二货", "乡巴佬", "死胖子",
    ),
    *_t(INSULT, 1, "滚开", not_before="水的了"),
    *_t(INSULT, 1, "你滚", "给我滚", not_before="动筒轮烫水圆雪石"),
    *_t(INSULT, 1, "滚", standalone=True),
    *_t(INSULT, 1, "垃圾", "傻子", "傻瓜", "变态", "不要脸", "饭桶", "猪", directed_only=True),
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
    veiled=True,
)

TERMS: tuple[Term, ...] = (
    *_EN_PROFANITY, *_EN_INSULTS_1, *_EN_INSULTS_2, *_EN_DIRECTED, *_EN_SLURS, *_EN_SEXUAL,
    *_EN_THREATS, *_EN_THREATS_CLAUSE_END, *_EN_VEILED, *_en_threat_templates(),
    *_ZH_PROFANITY, *_ZH_INSULTS_1, *_ZH_INSULTS_2, *_PINYIN, *_ZH_SLURS, *_ZH_SEXUAL,
    *_ZH_THREATS, *_ZH_VEILED,
)

# A term match that lies wholly inside one of these phrases is not abuse ("废物利用" is
# recycling, "垃圾桶" a bin, "spic and span" a cleaner).
SAFE_PHRASES: tuple[str, ...] = (
    "废物利用", "废物回收", "废物处理", "废物处置", "废物管理", "废物箱", "固体废物", "危险废物",
    "有害废物", "医疗废物", "工业废物", "生活废物", "放射性废物",
    "垃圾邮件", "垃圾短信", "垃圾桶", "垃圾箱", "垃圾袋", "垃圾分类", "垃圾电话", "垃圾清运",
    "神经病学", "神经病理", "变态反应", "傻瓜相机", "傻瓜式", "畜生产", "杂种优势",
    "\u5370\u5ea6\u652f\u90a3",  # Indochina, a place name
    "猪肉", "猪脚", "猪排", "猪油", "猪蹄", "猪饲料", "猪场", "猪价",
    "pig out", "guinea pig", "pig iron", "trash can", "garbage can", "garbage collection",
    "garbage truck", "trash bag", "dumb phone", "dumb terminal", "stupid question",
    *_rot13("fcvp naq fcna", "puvax va gur nezbe", "puvax va gur nezbhe", "puvax bs yvtug"),
)

# Words of complaint and legal steps: a veiled threat next to them promises a complaint.
COMPLAINT_CONTEXT: tuple[str, ...] = (
    "投诉", "举报", "12315", "消协", "消费者协会", "律师", "起诉", "法院", "曝光", "差评", "媒体",
    "工商", "监管", "退款", "经理", "主管", "领导", "告你们",
    "complain", "complaint", "complaints", "report you", "report this", "lawyer", "attorney",
    "sue", "suing", "court", "regulator", "ombudsman", "review", "bbb", "manager", "supervisor",
    "cancel", "cancelling", "canceling", "refund", "social media", "news",
)

# Second person, and the words that may stand between it and an insult ("you are such a ...",
# "你就是个...", "你们都是..."). Kept short on purpose: "你们的服务是垃圾" has a noun in between
# and stays a complaint.
SECOND_PERSON_EN: tuple[str, ...] = (
    "you", "u", "ya", "ye", "you're", "youre", "ur", "your", "y'all", "yall",
)
FILLERS_EN: tuple[str, ...] = (
    "are", "r", "re", "is", "a", "an", "the", "such", "so", "really", "just", "fucking",
    "fuckin", "freaking", "stupid", "dumb", "little", "big", "fat", "ugly", "absolute",
    "absolutely", "complete", "completely", "total", "totally", "utter", "bloody", "damn",
    "pathetic", "worthless", "useless", "lazy", "all", "guys", "people", "lot", "bunch", "of",
    "being", "acting", "like", "one", "sorry", "piece",
)
SECOND_PERSON_ZH: tuple[str, ...] = ("你", "您", "妳")
FILLERS_ZH: tuple[str, ...] = (
    "们", "是", "就是", "真是", "就", "真", "这", "那", "这个", "那个", "个", "一个", "一", "种",
    "这种", "这样的", "太", "好", "简直", "他妈", "他妈的", "特么", "特么的", "都", "也", "还",
    "纯", "纯粹", "完全", "十足的", "死", "大", "小", "老", "蠢", "笨", "根本", "真的是", "这头",
    "这只", "这条", "这群", "这些", "那些", "一群", "一帮", "这帮", "丫", "臭", "像", "活脱脱",
    "么", "的确",
)

# Traditional -> simplified for every character the lexicon uses, so traditional input is still
# matched when OpenCC is not installed. Generated from OpenCC's t2s data and checked against it
# by the unit tests; extra variant forms (妳, 著) are folded whether OpenCC is present or not.
# Read as pairs: traditional character, then its simplified form.
_T2S_PAIRS = (
    "業业東东個个箇个舉举麼么麽么鄉乡產产産产們们價价優优會会體体兒儿養养內内齣出別别彆别勢势醫医協协臥卧發发髮发變变隻只衕同後后迴回場场聲声處处頭头姦奸媽妈孃娘學学"
    "傢家導导師师幫帮乾干幹干榦干牀床應应廢废開开強强態态戀恋報报斷断機机殺杀雜杂條条樣样殘残滾滚滅灭點点燒烧愛爱爺爷豬猪瑪玛電电療疗癡痴癱瘫監监眞真確确種种筆笔簡简"
    "類类約约純纯經经給给綠绿緑绿羣群腦脑腳脚脫脱臉脸褲裤讓让評评訴诉話话敗败賬账貨货賤贱費费過过運运還还這这進进郵邮裏里裡里門门閉闭險险領领顏颜顔颜飯饭飼饲饒饶馬马"
    "騷骚"
)
T2S_FALLBACK: dict[str, str] = {
    _T2S_PAIRS[i]: _T2S_PAIRS[i + 1] for i in range(0, len(_T2S_PAIRS), 2)
}
EXTRA_FOLD: dict[str, str] = {"妳": "你", "祢": "你", "著": "着"}
