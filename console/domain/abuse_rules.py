"""Phrase rules for the abuse detector: threats and harassment that a word list cannot hold.

A lexicon entry is a fixed phrase; people do not threaten in fixed phrases. "I'm going to come
down there and break your neck", "someone should shoot you people", "我现在就带刀过去找你" share
a *shape*: who (first person, intent) + an act of violence + the agent, their family or their
workplace, a few words apart. These rules describe such shapes as regular expressions over the
normalised text (:mod:`console.domain.abuse_normalise`), so leetspeak, full-width letters,
traditional characters and repeated letters are already folded away when they run.

Rules are written in plain words and folded by the same :func:`normalise` as the text ("I'll"
becomes "il", "kill" becomes "kil"), through :func:`alt`; never write folded spellings by hand.

Why each rule is shaped the way it is (precision matters: a person confirms every suggestion,
and a suggestion that is often wrong is soon ignored):

* English threats need an intent ("I will", "I'm gonna", "someone should") before the act, and a
  person or a place after it: "I'll kill you" is a threat, "this bill is killing me" and "kill
  the old ticket" are not. Negations between them ("I'll never hurt you") stop the rule.
* Verbs with friendly idioms carry exclusions: "shoot you an email", "hit you up", "cut you a
  cheque", "beat you to it" are not threats.
* Harassment by generalisation needs a group, a linking verb and a slur-like attribute ("women
  are useless", "河南人都是骗子"): naming a group ("customer from Henan") is never a match.
* Chinese threats need a result or a target: "打死你" and "砍你" are threats, "打你电话" (call
  you) and "打断你一下" (interrupt you) are not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from console.domain.abuse_lexicon import HARASSMENT, THREAT, Term
from console.domain.abuse_normalise import normalise, table_t2s

_W = r"[a-z0-9*]+"
_START, _END = r"(?<![a-z0-9*])", r"(?![a-z0-9*])"
_ZH_CLAUSE = r"[^,.!?;:，。！？；：…]"


def _fold(phrase: str) -> str:
    return normalise(phrase, table_t2s).text


def alt(*phrases: str) -> str:
    """A regex alternative of phrases, each folded like the text (longest first)."""
    keys = sorted({_fold(p) for p in phrases}, key=lambda k: (-len(k), k))
    return "(?:" + "|".join(re.escape(k) for k in keys) + ")"


@dataclass(frozen=True)
class Gap:
    """Up to ``most`` English words, none of them a negation ("I'll never hurt you")."""

    most: int


@dataclass(frozen=True)
class Opt:
    pattern: str


_NEGATIONS = alt("never", "not", "don't", "won't", "wouldn't", "can't", "couldn't", "no",
                 "didn't", "shouldn't", "ain't")


def seq(*parts: str | Gap | Opt) -> str:
    """English parts separated by single spaces (the normalised text has one between words)."""
    out = []
    for p in parts:
        if isinstance(p, Gap):
            out.append(rf"(?:(?!{_NEGATIONS} ){_W} ){{0,{p.most}}}")
        elif isinstance(p, Opt):
            out.append(rf"(?:{p.pattern} )?")
        else:
            out.append(p + " ")
    return "".join(out)[:-1]


@dataclass(frozen=True)
class PhraseRule:
    """One shape; ``term.text`` is the rule's name, shown where a lexicon word would be."""

    term: Term
    pattern: re.Pattern[str]

    def spans(self, text: str) -> Iterator[tuple[int, int]]:
        for m in self.pattern.finditer(text):
            if m.end() > m.start():
                yield m.start(), m.end()


def _en(name: str, category: str, severity: int, pattern: str, *, veiled: bool = False,
        after: str = "") -> PhraseRule:
    return PhraseRule(Term(name, category, severity, veiled=veiled),
                      re.compile(_START + pattern + _END + after))


def _zh(name: str, category: str, severity: int, pattern: str, *,
        veiled: bool = False) -> PhraseRule:
    return PhraseRule(Term(name, category, severity, veiled=veiled), re.compile(pattern))


# --- English word classes ---------------------------------------------------------------------

I_WILL = alt(
    "i will", "i'll", "i shall", "i am going to", "i'm going to", "i am gonna", "i'm gonna",
    "i gonna", "imma", "i'ma", "i want to", "i wanna", "i could", "i would", "i'd",
    "i swear i will", "i swear i'll", "i'm about to", "i am about to", "i'm coming to",
    "i am coming to", "i'll come and", "i will come and", "we will", "we'll", "we are going to",
    "we're going to", "we are gonna", "we're gonna", "someone should", "somebody should",
    "someone ought to", "somebody ought to", "someone needs to", "somebody needs to",
    "someone is going to", "someone's going to", "someone will", "somebody will",
)
I_AM = alt("i am", "i'm", "we are", "we're") + "|" + I_WILL
YOU = "(?>" + alt(
    "you", "u", "ya", "ye", "yous", "you all", "y'all", "you guys", "you people", "you lot",
    "all of you", "every one of you", "each of you", "everyone there", "everybody there",
    "your family", "your whole family", "your entire family", "your kids", "your children",
    "your wife", "your husband", "your mother", "your mom", "your mum", "your dad",
    "your father", "your daughter", "your son", "your boss", "your manager", "your supervisor",
    "your colleagues", "your coworkers", "your staff", "your agents", "that agent", "the agent",
) + ")"  # atomic: "shoot you people an email" must not fall back to "shoot you" + "people"
_YOUR = alt("your", "ur", "ya", "the", "that", "this")
PLACE = _YOUR + " " + alt(
    "office", "offices", "store", "shop", "branch", "building", "house", "home", "car",
    "call center", "call centre", "place", "company", "headquarters", "hq", "warehouse",
    "factory", "premises", "outlet", "site", "station",
)
BODY = alt("your", "ur", "ya") + " " + alt(
    "neck", "face", "head", "legs", "leg", "arms", "arm", "jaw", "nose", "teeth", "skull",
    "throat", "knees", "kneecaps", "fingers", "hands", "ribs", "bones", "back", "spine",
    "eyes", "tongue", "windows", "tires", "tyres", "door", "ass", "arse", "butt",
)
_HURT = alt(
    "kill", "murder", "hurt", "stab", "strangle", "choke", "punch", "slap", "smack", "rape",
    "knife", "gut", "bury", "torture", "batter", "bash", "attack", "assault", "butcher",
    "execute", "shank", "end", "strangle", "throttle", "pistol whip", "curb stomp",
)
# Verbs with friendly idioms: each excludes what usually follows the idiom.
_IDIOMS = (
    (alt("shoot", "hit"), alt("a", "an", "the", "over", "back", "up", "some", "with", "through",
                              "me", "my", "quick", "later", "on", "that", "this")),
    (alt("cut"), alt("a", "an", "the", "off", "in", "some", "slack", "loose", "short", "deal",
                     "down", "out", "back", "free", "through")),
    (alt("beat"), alt("to", "on", "at", "in", "by", "the", "it")),
    (alt("kick"), alt("out", "off", "back")),
)
_WRECK = alt(
    "smash", "break", "burn", "bomb", "blow up", "torch", "firebomb", "set fire to", "burn down",
    "trash", "wreck", "shoot up", "snap", "bash in", "cave in", "crack", "slit", "cut", "rip",
    "tear", "knock", "punch", "kick in", "kick", "gouge", "wring", "twist", "stomp on",
    "stamp on", "rip off",
)
_SPLIT = "(?:" + "|".join(
    f"{alt(*verbs)} {YOU} {alt(*particles)}" for verbs, particles in (
        (("beat", "fuck", "mess", "rough", "smash", "bust", "f*ck", "fck", "screw"), ("up",)),
        (("tear", "rip"), ("apart", "to pieces", "to shreds", "limb from limb")),
        (("beat", "kick", "stab", "choke", "strangle"), ("to death",)),
        (("run", "mow"), ("over", "down")),
        (("knock",), ("out",)),
        (("cut",), ("open", "up", "to pieces")),
    )) + ")"
_OUT_OF = seq(alt("beat", "kick", "knock", "slap", "punch", "smack", "choke", "strangle",
                  "pound"),
              alt("the", "the living"),
              alt("hell", "shit", "crap", "life", "daylights", "snot", "stuffing", "piss",
                  "fuck", "heck", "living daylights"),
              alt("out of"), YOU)
_PUT_IN = "(?:" + seq(
    alt("put", "pump", "stick"),
    alt("a bullet", "bullets", "a knife", "a blade", "a round", "a cap", "a hole", "holes",
        "one", "lead"),
    alt("in", "into", "through", "between"), "(?:" + YOU + "|" + BODY + ")") + "|" + seq(
    alt("put", "send"), YOU,
    alt("in the hospital", "in hospital", "to the hospital", "to hospital", "in the ground",
        "in a grave", "in your grave", "six feet under", "in a body bag", "in a coffin",
        "in a wheelchair", "in the morgue", "in intensive care")) + ")"
_NEAR_YOU = alt(
    "after your shift", "after you finish", "after you clock out", "after you clock off",
    "when you leave", "when you get off", "when you finish", "when you clock out",
    "on your way home", "at the end of your shift", "by your car", "at your car",
    "at your house", "at your home", "outside your house", "outside your home",
    "outside your work", "outside your office", "where you live", "where you work",
)
_NEAR = "(?:" + _NEAR_YOU + "|" + alt(
    "outside", "in the parking lot", "in the car park", "at the exit", "at the door",
    "at the entrance", "downstairs", "out front", "after work", "at home",
) + ")"
_WEAPON = alt(
    "gun", "guns", "knife", "knives", "bomb", "bombs", "bat", "baseball bat", "weapon",
    "weapons", "rifle", "shotgun", "pistol", "machete", "axe", "hammer", "crowbar", "petrol",
    "gasoline", "acid", "explosives", "grenade", "shooter",
)
# where the weapon goes: to the agent, not "back to the store for a refund"
_WEAPON_GOES = "(?=$|[,.!?;:]| " + alt(
    "to your", "to ur", "to you", "into your", "down there", "over there", "round", "for you",
    "for ya", "tomorrow", "today", "tonight", "next", "there", "and", "with me") + _END + ")"

# --- Harassment word classes --------------------------------------------------------------------

_NATIONS = alt(
    "india", "pakistan", "china", "mexico", "africa", "nigeria", "the philippines",
    "philippines", "bangladesh", "poland", "romania", "vietnam", "korea", "japan", "iran",
    "iraq", "syria", "somalia", "jamaica", "haiti", "puerto rico", "the middle east", "russia",
    "albania", "turkey", "morocco", "afghanistan",
)
_NATIONALITY = alt(
    "indian", "indians", "pakistani", "pakistanis", "chinese", "mexican", "mexicans", "african",
    "africans", "nigerian", "nigerians", "filipino", "filipinos", "bangladeshi", "polish",
    "romanian", "romanians", "vietnamese", "korean", "koreans", "japanese", "iranian", "arab",
    "arabs", "somali", "somalis", "jamaican", "haitian", "russian", "russians", "albanian",
    "turkish", "moroccan", "muslim", "muslims", "jew", "jews", "jewish", "black", "blacks",
    "asian", "asians", "foreign", "immigrant", "gay", "latino", "latinos",
)
_GROUP = "(?:" + alt(
    "women", "girls", "females", "ladies", "immigrants", "foreigners", "migrants", "refugees",
    "gays", "homosexuals", "muslims", "jews", "blacks", "asians", "indians", "mexicans",
    "africans", "arabs", "pakistanis", "filipinos", "nigerians", "romanians", "latinos",
    "old people", "old women", "women like you", "girls like you",
) + "|" + alt("people", "you people", "you lot", "all of you") + " from " + _NATIONS + "|" + (
    _NATIONALITY + " " + alt("people", "men", "guys", "women", "agents", "folks", "staff",
                             "workers", "girls")) + ")"
_LINK = alt("are", "r", "re", "is", "are all", "are just", "all are", "are always", "are such")
_FILL = "(?:" + alt(
    "all", "just", "so", "too", "such", "always", "a bunch of", "nothing but", "bloody",
    "fucking", "total", "complete", "born", "natural", "really", "basically", "the", "a", "an",
    "a pack of", "a load of", "lazy", "stupid", "dirty", "lying") + " ){0,3}"
_SLUR_LIKE = alt(
    "scammers", "scam artists", "scum", "liars", "thieves", "crooks", "criminals", "terrorists",
    "rapists", "animals", "savages", "stupid", "dumb", "idiots", "morons", "lazy", "useless",
    "dirty", "filthy", "smelly", "inferior", "worthless", "emotional", "hysterical",
    "parasites", "vermin", "cockroaches", "trash", "garbage", "subhuman", "incompetent", "thick",
    "brainless", "good for nothing", "illiterate", "uneducated", "backward", "primitive",
    "monkeys", "apes", "dogs", "pigs", "rats", "frauds", "cheats", "the worst",
)
_WOMEN = alt("women", "woman", "girls", "females", "ladies", "a woman", "a girl", "you women",
             "you girls", "chicks", "girls like you", "women like you")
_CANT = alt("can't", "cannot", "can not", "shouldn't", "should not", "don't know how to",
            "will never", "never can", "are too stupid to", "are too dumb to")
_CANT_DO = alt(
    "do math", "do maths", "count", "drive", "think", "understand anything", "handle",
    "do this job", "do their job", "do anything right", "do anything", "be trusted",
    "fix anything", "do tech", "work with computers", "handle numbers", "handle money",
)
_SINGLE = alt("woman", "women", "female", "girl", "immigrant", "immigrants", "foreigner",
              "foreigners", "migrant", "refugee", "bimbo")
_INSULT_ADJ = alt("typical", "stupid", "dumb", "silly", "filthy", "dirty", "lazy", "bloody",
                  "fucking", "hysterical", "useless", "thick", "ignorant", "brainless")
_PERSON_AFTER = "(?=$|[,.!?;:]| " + alt(
    "agent", "agents", "woman", "women", "man", "men", "girl", "girls", "guy", "guys", "lady",
    "ladies", "people", "person", "bitch", "bastard", "idiot", "idiots", "moron", "scum",
    "prick", "who", "you", "ya", "u") + _END + ")"
_WANT_REAL = alt("get me", "give me", "put me through to", "transfer me to", "connect me to",
                 "i want", "i need", "let me talk to", "let me speak to", "rather talk to",
                 "rather speak to", "rather deal with", "put on", "get", "put")
_REAL_WHO = alt("american", "englishman", "brit", "english speaker", "english person",
                "white person", "white guy", "white agent", "white man", "white woman", "man",
                "guy", "male", "bloke")
_SEND_ME = alt("send me", "text me", "email me", "show me", "dm me", "whatsapp me")
_PICTURE = alt("picture", "pictures", "photo", "photos", "pic", "pics", "selfie", "selfies",
               "photograph", "nudes", "nude", "video")
_UNDERWEAR = alt("underwear", "panties", "bra", "knickers", "lingerie", "thong", "nightie",
                 "pajamas", "pyjamas")

# "I'm gonna come down there and break your neck": a short errand may sit between the intent and
# the act; five words reach it without bridging two sentences' worth of text.
_ERRAND = Gap(5)

EN_RULES: tuple[PhraseRule, ...] = (
    _en("threat: I will + violence + you", THREAT, 3, seq(I_WILL, _ERRAND, _HURT, YOU)),
    *(_en("threat: I will + violence + you", THREAT, 3, seq(I_WILL, _ERRAND, verb, YOU),
          after=rf"(?! {idiom}(?![a-z0-9*]))") for verb, idiom in _IDIOMS),
    _en("threat: I will + violence + your body or workplace", THREAT, 3,
        seq(I_WILL, _ERRAND, _WRECK, "(?:" + PLACE + "|" + BODY + ")")),
    _en("threat: I will + beat you up", THREAT, 3, seq(I_WILL, Gap(3), _SPLIT)),
    _en("threat: beat the hell out of you", THREAT, 3, _OUT_OF),
    _en("threat: a bullet in you", THREAT, 3, _PUT_IN),
    _en("threat: waiting for you", THREAT, 3, seq(
        "(?:" + I_AM + ")", Gap(2), alt(
            "find you", "follow you", "catch you", "come for you", "come after you",
            "come find you", "come get you", "track you down", "hunt you down",
            "pay you a visit", "be watching you", "watching you", "jump you", "grab you"),
        Gap(2), _NEAR)),
    # waiting alone is what customers do for a courier ("I'll wait for you outside"): only
    # waiting where the agent's own life is (after the shift, at their car) is a threat
    _en("threat: waiting for you", THREAT, 3, seq(
        "(?:" + I_AM + ")", Gap(2), alt("be waiting", "waiting", "wait", "be there",
                                        "be outside", "be watching", "watching",
                                        "wait for you", "be waiting for you",
                                        "waiting for you"),
        Gap(2), _NEAR_YOU)),
    _en("threat: where you live", THREAT, 3, seq(
        alt("find", "found", "finding", "find out", "found out", "look up", "looked up",
            "looking up", "track down", "figure out", "get", "got", "know", "knows"),
        alt("where you", "where your family", "where your kids", "where ya"),
        alt("live", "lives", "sleep", "park", "go home", "work", "go to school",
            "goes to school"))),
    _en("threat: bringing a weapon", THREAT, 3, seq(
        "(?:" + I_AM + ")", Gap(2), alt(
            "bring", "bringing", "come with", "coming with", "come in with", "coming in with",
            "show up with", "showing up with", "turn up with", "turning up with",
            "come down with", "coming down with", "come round with", "coming round with"),
        alt("a", "an", "my", "some", "the", "a loaded"), _WEAPON), after=_WEAPON_GOES),
    _en("threat: you are going to die", THREAT, 3, alt(
        "you're going to die", "you are going to die", "you're gonna die", "you will die",
        "you'll die", "you're going to get hurt", "you are going to get hurt",
        "you're gonna get hurt", "you will get hurt", "you'll get hurt", "your days are numbered",
        "you won't live to", "you will not live to", "you won't see it coming",
        "you won't know what hit you", "sleep with one eye open", "you won't make it home",
        "you will not make it home", "you're a dead man walking", "you are a dead woman",
        "you're a dead woman"),
        after=rf"(?! {alt('of', 'from', 'laughing', 'when', 'if', 'waiting', 'on hold', 'before')}"
              rf"{_END})"),
    _en("harassment: a group is called names", HARASSMENT, 2,
        _GROUP + " " + _LINK + " " + _FILL + _SLUR_LIKE),
    _en("harassment: women can't", HARASSMENT, 2, seq(_WOMEN, _CANT, Gap(1), _CANT_DO)),
    _en("harassment: typical woman", HARASSMENT, 2, seq(_INSULT_ADJ, _SINGLE)),
    _en("harassment: stupid foreigner", HARASSMENT, 2,
        seq(_INSULT_ADJ, _NATIONALITY), after=_PERSON_AFTER),
    _en("harassment: a real man", HARASSMENT, 2, seq(
        _WANT_REAL, Opt(alt("a", "an", "someone", "somebody", "some")),
        alt("real", "proper", "actual"), _REAL_WHO)),
    _en("harassment: a real man", HARASSMENT, 2, seq(
        alt("put", "get", "give", "get me"), alt("a", "some"), Opt(alt("real", "proper")),
        alt("man", "guy", "male", "bloke"), alt("on", "on the phone", "on the line")),
        after=rf"(?! {alt('the moon', 'mars')}{_END})"),
    _en("harassment: send me a picture of yourself", HARASSMENT, 3, seq(
        _SEND_ME, Opt(alt("a", "an", "some", "your", "a few")), _PICTURE,
        alt("of yourself", "of you", "of your body")),
        after=rf"(?! {alt('holding', 'with your', 'and your')}{_END})"),
    _en("harassment: your underwear", HARASSMENT, 3, seq(
        alt("what colour", "what color", "are you wearing", "r u wearing"),
        Opt(alt("is", "are")), alt("your", "ur", "a", "any"), _UNDERWEAR)),
    _en("harassment: your personal number", HARASSMENT, 2, seq(
        alt("give me", "what's", "what is", "send me", "can i have", "can i get", "i want"),
        alt("your", "ur"), alt("personal", "private", "cell", "mobile", "home", "own", "real"),
        alt("number", "phone number", "cell", "mobile", "email", "address", "instagram",
            "snapchat", "whatsapp"))),
)

# --- Chinese ------------------------------------------------------------------------------------

# atomic, so "砍你们的" cannot fall back to "砍你" + "们"
_ZH_YOU = "(?>你(?:们|全家|家人|家里人|一家|老婆|老公|孩子|儿子|女儿|妈|爸)?)"
# "打死你也想不到" (never in a million years), "打爆你们电话" (flood your phone lines)
_ZH_NOT_AFTER = "(?![的也都电热客手号微])"
_ZH_BODY = "(?:头|脑袋|狗头|腿|狗腿|手|脚|脸|嘴|舌头|牙|眼睛|眼珠子|脖子|喉咙|胳膊|狗命|命)"
_ZH_PLACE = ("(?:公司|营业厅|门店|门市|店|店面|办公室|大楼|楼|家|房子|车|客服中心|分行|网点|"
             "总部|仓库|工厂|厂)")
_ZH_PLACES = (
    "河南|河北|山东|山西|东北|安徽|湖南|湖北|四川|广东|广西|福建|江西|浙江|江苏|上海|北京|天津|"
    "重庆|新疆|西藏|贵州|云南|甘肃|陕西|内蒙古|内蒙|宁夏|青海|海南|台湾|香港|澳门|黑龙江|吉林|"
    "辽宁|温州|潮汕|苏北|日本|韩国|印度|非洲|越南|菲律宾|南方|北方|外省|外国|大陆"
)
_ZH_GROUP = (f"(?:女人|女的|娘们儿?|老娘们儿?|女司机|外地人|乡下人|农村人|乡巴佬|黑人|穷人|"
             f"残疾人|同性恋|基佬|老女人|(?:{_ZH_PLACES})(?:人|佬))")
_ZH_LINK = "(?:就是|都是|全是|全都是|天生就|天生|本来就|个个都是|个个都|一个个都|都|就)"
_ZH_SLUR_LIKE = ("(?:蠢|笨|傻|骗子|小偷|贼|垃圾|废物|没脑子|没素质|素质差|素质低|靠不住|不靠谱|"
                 "脏|懒|智商低|没用|下贱|低贱|低等|不是东西|狡猾|穷鬼|神经病)")
_ZH_WEAPON = ("(?:刀|菜刀|砍刀|尖刀|西瓜刀|水果刀|斧头|斧子|枪|汽油|炸药|炸弹|硫酸|铁棍|"
              "棒球棍|棍子|榔头|锤子)")

ZH_RULES: tuple[PhraseRule, ...] = (
    _zh("threat: 揍/砍/捅 + 你", THREAT, 3,
        f"(?:揍|砍|捅|剁|劈|掐|勒|(?<![秒自抹封])杀)(?:死|残|废|了|一顿)?{_ZH_YOU}"
        f"{_ZH_NOT_AFTER}"),
    _zh("threat: 打死/弄残 + 你", THREAT, 3,
        f"(?:打|弄|整|搞|撞|毒|炸|烧|踢|踹|揍|砍|捅|掐|勒|电|砸|摔|淹)"
        f"(?:死|残|废|瘸|瞎|爆|烂|扁|伤|晕|哑){_ZH_YOU}{_ZH_NOT_AFTER}"),
    _zh("threat: 把你打残", THREAT, 3,
        f"把{_ZH_YOU}(?:的{_ZH_BODY})?(?:给)?(?:打|弄|揍|砍|捅|整|搞|剁|掐|勒|踢|踹|砸|撞)"
        "(?:死|残|废|瘸|瞎|爆|烂|断|伤|晕|扁)"),
    _zh("threat: 把你们公司砸了", THREAT, 3,
        f"把(?:你们|你家|你的)(?:这个|那个|这家|那家|的)?(?:破)?{_ZH_PLACE}(?:给)?"
        "(?:砸|烧|炸|拆|掀|点)(?:了|掉|烂|平|毁)"),
    _zh("threat: 打断你的腿", THREAT, 3,
        f"(?:打爆|打烂|打断|打碎|打瞎|砸烂|砸碎|砍断|砍|剁|卸|拧断|扭断|割掉|割|撕烂|拔|敲碎|"
        f"敲爆|踢爆|掰断|捅瞎|戳瞎|挖)(?:了|掉|下)?你(?:的|一条|两条|一只)?{_ZH_BODY}"),
    _zh("threat: 炸了你们公司", THREAT, 3,
        f"(?:炸|烧|砸|拆|烧毁|炸毁|砸烂|砸毁|炸平|烧光)(?:了|掉|平|烂|毁)?"
        f"(?:你们|你家|你的)(?:这个|那个|这家|那家|的)?(?:破)?{_ZH_PLACE}"),
    _zh("threat: 带刀过去", THREAT, 3,
        f"(?:带|拿|揣|提|扛|拎|背)(?:上|着|了)?(?:一把|把|一桶|桶|一瓶|瓶)?{_ZH_WEAPON}"
        f"{_ZH_CLAUSE}{{0,6}}?(?:过去|过来|去你|来你|找你|上门|去找|到你|来找|堵你|去你们)"),
    _zh("threat: 让你全家不得安宁", THREAT, 3,
        f"让你(?:们)?(?:全家|一家|家人|家里人)?{_ZH_CLAUSE}{{0,6}}?"
        "(?:不得安宁|生不如死|死无葬身之地|家破人亡|鸡犬不宁|不得好死|永无宁日|活不下去|混不下去)"),
    _zh("threat: 我知道你住哪", THREAT, 3,
        "(?<![不没])(?:知道|查到|找到|打听到)你(?:家住|住|家)(?:在)?(?:哪|哪里|哪儿|什么地方)"),
    _zh("threat: 我知道你在哪上班", THREAT, 3,
        "(?<![不没])(?:知道|查到|打听到)你在(?:哪|哪里|哪儿)(?:上班|工作)"),
    _zh("veiled threat: 我知道你们公司在哪", THREAT, 2,
        "(?<![不没])(?:知道|查到|打听到)你(?:们)?(?:公司|单位|门店|营业厅|办公室|上班的地方)(?:在)?"
        "(?:哪|哪里|哪儿)", veiled=True),
    _zh("harassment: 某地人都是骗子", HARASSMENT, 2,
        f"{_ZH_GROUP}{_ZH_LINK}(?:这么|那么|太|很|特别|那样|一样)?{_ZH_SLUR_LIKE}"),
    _zh("harassment: 穿什么内衣", HARASSMENT, 3,
        "(?:穿|穿的|穿着)(?:的)?(?:是)?(?:什么|啥)(?:颜色)?(?:的)?"
        "(?:内衣|内裤|胸罩|文胸|丝袜|睡衣|bra)"),
    _zh("harassment: 内衣什么颜色", HARASSMENT, 3,
        "(?:内衣|内裤|胸罩|文胸)(?:是)?(?:什么|啥)颜色"),
    _zh("harassment: 晚上陪我", HARASSMENT, 2,
        "(?:晚上|今晚|下班后?|周末)(?:陪我|出来陪我|来陪我|跟我出去|出来玩|出来约|出来见面|"
        "来我家|去我家|跟我回家)"),
)

RULES: tuple[PhraseRule, ...] = EN_RULES + ZH_RULES
