"""Abuse text detector: a case table in both languages and scripts, obfuscations, negatives.

Discriminatory slurs are written ROT13 here too (as in the lexicon), decoded by ``_r``.
"""

from __future__ import annotations

import codecs
import dataclasses
import importlib.util
import json

import pytest

from console.domain import abuse_lexicon as lex
from console.domain.abuse_detector import (
    AbuseDetector,
    Verdict,
    default_detector,
    detect,
    normalise,
    table_t2s,
)

INSULT, THREAT, HARASSMENT = lex.INSULT, lex.THREAT, lex.HARASSMENT
HAVE_AHO = importlib.util.find_spec("ahocorasick") is not None


def _r(text: str) -> str:
    return codecs.decode(text, "rot13")


# (text, category, severity, lexicon term expected among the matches)
POSITIVES = [
    # obfuscated pinyin / Chinese
    ("s b", INSULT, 2, "sb"),
    ("傻 逼", INSULT, 2, "傻逼"),
    ("傻-逼", INSULT, 2, "傻逼"),
    ("傻*逼", INSULT, 2, "傻逼"),
    ("ｓｂ", INSULT, 2, "sb"),
    ("SB客服", INSULT, 2, "sb"),
    ("傻屄", INSULT, 2, "傻屄"),
    ("你媽的", INSULT, 1, "你妈的"),
    ("操你妈", INSULT, 2, "操你妈"),
    ("操你媽", INSULT, 2, "操你妈"),
    ("cnm", INSULT, 2, "cnm"),
    ("草泥马", INSULT, 2, "草泥马"),
    ("nmsl!!", INSULT, 2, "nmsl"),
    ("tmd，什么破服务", INSULT, 1, "tmd"),
    ("他妈的又断线了", INSULT, 1, "他妈的"),
    ("去死吧", INSULT, 2, "去死吧"),
    ("滚！", INSULT, 1, "滚"),
    ("贱人", INSULT, 2, "贱人"),
    ("婊子", INSULT, 2, "婊子"),
    ("白痴", INSULT, 1, "白痴"),
    ("神经病", INSULT, 1, "神经病"),
    # aimed at the agent: second person + insult raises the severity
    ("你是个废物", INSULT, 2, "废物"),
    ("你这个蠢货", INSULT, 2, "蠢货"),
    ("妳這個賤人", INSULT, 2, "贱人"),
    ("你們這些廢物", INSULT, 2, "废物"),
    ("你这个垃圾", INSULT, 2, "垃圾"),
    ("you are an idiot", INSULT, 2, "idiot"),
    ("shut up you moron", INSULT, 2, "moron"),
    ("ur such a l0ser", INSULT, 2, "loser"),
    ("you stupid b1tch", INSULT, 2, "stupid bitch"),
    # English obfuscations
    ("fuuuuck", INSULT, 1, "fuck"),
    ("f u c k", INSULT, 1, "fuck"),
    ("ｆｕｃｋ", INSULT, 1, "fuck"),
    ("𝐟𝐮𝐜𝐤", INSULT, 1, "fuck"),
    ("fцck", INSULT, 1, "fuck"),  # Cyrillic tse
    ("f\u200bu\u200bc\u200bk", INSULT, 1, "fuck"),  # zero-width spaces
    ("sh1t", INSULT, 1, "shit"),
    ("shiiiit", INSULT, 1, "shit"),
    ("b!tch", INSULT, 2, "bitch"),
    ("what a b@stard", INSULT, 2, "bastard"),
    ("a$$hole", INSULT, 2, "asshole"),
    ("fuck you", INSULT, 2, "fuck you"),
    ("F*CK YOU!!", INSULT, 2, "fuck you"),
    ("f**k off", INSULT, 2, "fuck off"),
    ("fuckyou", INSULT, 2, "fuck you"),
    # threats
    ("I'll kill you", THREAT, 3, "i'll kill you"),
    ("I'm gonna f u c k i n g kill you", THREAT, 3, "i'm gonna fucking kill you"),
    ("I will find you.", THREAT, 3, "i will find you"),
    ("I know where you live", THREAT, 3, "i know where you live"),
    ("watch your back", THREAT, 3, "watch your back"),
    ("我要杀了你", THREAT, 3, "我要杀了你"),
    ("我要殺了你", THREAT, 3, "我要杀了你"),
    ("信不信我弄死你", THREAT, 3, "弄死你"),
    ("我知道你住哪", THREAT, 3, "我知道你住哪"),
    ("你给我等着瞧", THREAT, 2, "等着瞧"),  # veiled, no complaint in sight
    ("you'll regret this", THREAT, 2, "you'll regret this"),
    # harassment
    ("what are you wearing", HARASSMENT, 3, "what are you wearing"),
    ("想睡你", HARASSMENT, 3, "想睡你"),
    (_r("lbh ergneq"), HARASSMENT, 3, _r("ergneq")),
    (_r("gur a v t t r e"), HARASSMENT, 2, _r("avttre")),
    (_r("\u9ed1\u9b3c"), HARASSMENT, 2, "\u9ed1\u9b3c"),
]

NEGATIVES = [
    # angry is not abusive
    "This is the third time I'm calling, I'm furious, I want a refund now!",
    "你们的服务太差了，我要投诉！",
    "I'm really angry about this bill",
    "我要投诉你",
    "I will report you to your manager",
    "I'll sue you",
    "你们的服务是垃圾",
    "This form is useless and so is the website",
    "That's a stupid question, sorry",
    "等着瞧，我一定去12315投诉你们",
    "You'll regret this, I'm cancelling my contract and writing a review",
    # Scunthorpe: word boundaries
    "class",
    "assess",
    "Scunthorpe",
    "cocktail",
    "therapist",
    "I need to assess the class schedule at Scunthorpe",
    "assassin analysis Sussex pussycat cumbersome",
    "Dick Smith called about his bill",
    "Niger",
    "as far as I know",
    _r("gur Fcvp naq Fcna pyrnare"),
    # Chinese words that contain lexicon characters
    "滚动条不见了",
    "废物利用",
    "垃圾分类",
    "我妈的手机号",
    "他妈妈的电话打不通",
    "我操作了一下",
    "打死你也想不到",
    "杀了你的进程就好了",
    "尼玛次仁先生",
    "神经病学科",
    "傻瓜相机",
    # context makes it harmless
    "I will find you a better plan",
    "It's going to kill you to wait that long?",
    "I have 3 questions, 1 about billing",
    "The SB-2000 model has a fault, postcode SB1 2AB",
    "谢谢你的耐心",
]


@pytest.fixture(
    scope="module",
    params=["python", pytest.param("pyahocorasick", marks=pytest.mark.skipif(
        not HAVE_AHO, reason="pyahocorasick not installed"))],
)
def detector(request: pytest.FixtureRequest) -> AbuseDetector:
    return AbuseDetector(backend=request.param)


@pytest.mark.parametrize(("text", "category", "severity", "term"), POSITIVES)
def test_positive(detector: AbuseDetector, text: str, category: str, severity: int,
                  term: str) -> None:
    v = detector.detect(text)
    assert v.abusive, text
    assert (v.category, v.severity) == (category, severity), v.reasons
    assert term in {m.term for m in v.matches}
    for m in v.matches:  # positions map back to the original text
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.original


@pytest.mark.parametrize("text", NEGATIVES)
def test_negative(detector: AbuseDetector, text: str) -> None:
    v = detector.detect(text)
    assert not v.abusive, v.reasons
    assert (v.category, v.severity, v.matches) == (None, 0, ())


@pytest.mark.skipif(not HAVE_AHO, reason="pyahocorasick not installed")
def test_backends_agree() -> None:
    aho, trie = AbuseDetector(backend="pyahocorasick"), AbuseDetector(backend="python")
    assert aho.backend == "pyahocorasick" and trie.backend == "python"
    for text in [c[0] for c in POSITIVES] + NEGATIVES:
        assert aho.detect(text) == trie.detect(text), text


def test_match_positions_in_the_original() -> None:
    text = "Hello, ＦＵＣＫ   you!! 你这个 傻 逼！"
    v = detect(text)
    got = [(m.term, m.original, text[m.start:m.end]) for m in v.matches]
    assert got == [("fuck you", "ＦＵＣＫ   you", "ＦＵＣＫ   you"), ("傻逼", "傻 逼", "傻 逼")]
    assert v.matches[1].directed


def test_normalise_keeps_a_map_to_the_original() -> None:
    nt = normalise("Ｆuuuck  你媽")
    assert nt.text == "fuck你妈"  # spacers next to CJK go: "傻 b" is "傻b"
    assert nt.runs[:4] == (1, 3, 1, 1)
    assert nt.original_span(0, 4) == (0, 6)
    assert nt.original[slice(*nt.original_span(4, 6))] == "你媽"
    assert normalise("s h 1 t").text == "shit"
    assert normalise("I'll").text == "il"
    assert normalise("I have 3 cats").text == "i have 3 cats"  # digits alone are not leetspeak


def test_severity_rules() -> None:
    assert detect("idiot").severity == 1
    assert detect("you idiot").severity == 2
    assert detect("you are a fucking cunt").severity == 2  # insults stop at 2
    assert detect(_r("avttre")).severity == 2
    assert detect(_r("lbh ner n avttre")).severity == 3  # slur aimed at the agent
    assert detect("I will kill you, idiot").category == THREAT
    v = detect("you're such a fucking moron")
    assert {m.term: m.directed for m in v.matches} == {"fucking": False, "moron": True}


def test_directed_only_words_need_a_second_person() -> None:
    assert not detect("垃圾").abusive
    assert detect("你就是个垃圾").abusive
    assert not detect("your system is useless").abusive
    assert detect("you're useless").abusive


def test_veiled_threat_next_to_a_complaint_is_explained() -> None:
    v = detect("等着瞧，我要去消协投诉")
    assert not v.abusive
    assert "complaint" in v.explanation and "消协" in v.explanation
    assert [(d.original, d.reason, d.cue) for d in v.dropped] == [("等着瞧", "complaint", "消协")]
    assert detect("你给我等着瞧").matches[0].veiled


def test_min_severity_drops_plain_profanity() -> None:
    strict = AbuseDetector(min_severity=2)
    assert not strict.detect("oh shit").abusive
    assert strict.detect("fuck you").abusive


def test_verdict_json_and_frozen() -> None:
    v = detect("你是个废物")
    data = v.to_json()
    assert {"abusive", "category", "matches", "severity"} <= data.keys()
    assert data["abusive"] is True and data["category"] == INSULT and data["severity"] == 2
    assert data["words"] == ["废物"]
    assert data["matches"][0]["term"] == "废物" and data["matches"][0]["start"] == 3
    json.dumps(data, ensure_ascii=False)
    with pytest.raises(dataclasses.FrozenInstanceError):
        v.abusive = False  # type: ignore[misc]
    assert detect("hello").to_json() == {
        "abusive": False, "category": None, "severity": 0, "words": [], "matches": [],
        "reasons": [],
    }
    assert isinstance(detect(""), Verdict) and detect("").explanation == "no abusive words found"


def test_traditional_without_opencc() -> None:
    fallback = AbuseDetector(t2s=table_t2s, backend="python")
    for text, term in [("你媽的", "你妈的"), ("我要殺了你", "我要杀了你"), ("你這個賤貨", "贱货"),
                       ("給我滾", "给我滚"), ("傻屄", "傻屄"), ("你們這些廢物", "废物")]:
        v = fallback.detect(text)
        assert term in {m.term for m in v.matches}, text


def test_fallback_table_agrees_with_opencc() -> None:
    opencc = pytest.importorskip("opencc")
    convert = opencc.OpenCC("t2s").convert
    for trad, simp in lex.T2S_FALLBACK.items():
        assert convert(trad) == simp, trad
    # every traditional form OpenCC knows for a lexicon or phrase-rule character is in the table
    from console.domain.abuse_rules import RULES

    used = {c for t in lex.TERMS for c in t.text if "\u3400" <= c <= "\u9fff"}
    used |= {c for r in RULES for c in r.pattern.pattern if "\u3400" <= c <= "\u9fff"}
    for cp in range(0x4E00, 0xA000):
        c = chr(cp)
        s = convert(c)
        if s != c and s in used:
            assert lex.T2S_FALLBACK.get(c) == s, c


def test_every_lexicon_entry_is_found_by_itself() -> None:
    d = default_detector()
    for term in lex.TERMS:
        assert term.category in lex.CATEGORIES and 1 <= term.severity <= 3
        if term.directed_only:
            continue
        v = d.detect(term.text)
        assert term.text in {m.term for m in v.matches} or v.abusive, term


# --- phrase rules (console/domain/abuse_rules.py) and the lexicon additions ----------------------
# Each rule has positives *and* near-miss negatives written for these tests (not taken from the
# evaluation set), so a rule that is loosened until it fires on everything fails here.

# (text, category, the rule or lexicon term expected among the matches)
RULE_POSITIVES = [
    # English threats: intent + violence + a person, a body part or a workplace
    ("Keep it up and I will personally stab you", THREAT, "threat: I will + violence + you"),
    ("We're gonna fucking hurt your whole family", THREAT, "threat: I will + violence + you"),
    ("Somebody ought to strangle you people", THREAT, "threat: I will + violence + you"),
    ("I'm going to shoot you, I mean it", THREAT, "threat: I will + violence + you"),
    ("I'll beat you senseless", THREAT, "threat: I will + violence + you"),
    ("I'll wring your neck", THREAT, "threat: I will + violence + your body or workplace"),
    ("we will torch your warehouse", THREAT,
     "threat: I will + violence + your body or workplace"),
    ("i'm gonna mess you up", THREAT, "threat: I will + beat you up"),
    ("I'll have someone run you over", THREAT, "threat: I will + beat you up"),
    ("they should kick the living daylights out of you", THREAT,
     "threat: beat the hell out of you"),
    ("Somebody should put a bullet through your head", THREAT, "threat: a bullet in you"),
    ("I'll put you in a wheelchair", THREAT, "threat: a bullet in you"),
    ("I'll follow you home when you leave", THREAT, "threat: waiting for you"),
    ("I'll be waiting by your car", THREAT, "threat: waiting for you"),
    ("I found out where your kids go to school", THREAT, "threat: where you live"),
    ("I'm coming with a machete.", THREAT, "threat: bringing a weapon"),
    ("You won't see it coming", THREAT, "threat: you are going to die"),
    # English harassment shapes
    ("Foreigners are all thieves", HARASSMENT, "harassment: a group is called names"),
    ("people from Romania are a bunch of criminals", HARASSMENT,
     "harassment: a group is called names"),
    ("women cannot understand anything", HARASSMENT, "harassment: women can't"),
    ("Silly girl, read it again", HARASSMENT, "harassment: typical woman"),
    ("dumb mexican, I said cancel", HARASSMENT, "harassment: stupid foreigner"),
    ("transfer me to a proper Englishman", HARASSMENT, "harassment: a real man"),
    ("get a real guy on the line", HARASSMENT, "harassment: a real man"),
    ("text me a selfie of yourself", HARASSMENT, "harassment: send me a picture of yourself"),
    ("what colour is your bra", HARASSMENT, "harassment: your underwear"),
    ("what's your private number, sweetie", HARASSMENT, "harassment: your personal number"),
    # Chinese threats
    ("信不信我劈了你", THREAT, "threat: 揍/砍/捅 + 你"),
    ("再废话我就揍你", THREAT, "threat: 揍/砍/捅 + 你"),
    ("我开车撞死你们", THREAT, "threat: 打死/弄残 + 你"),
    ("我找人把你打瘸", THREAT, "threat: 把你打残"),
    ("把你们这个破店给砸了", THREAT, "threat: 把你们公司砸了"),
    ("我要戳瞎你的眼睛", THREAT, "threat: 打断你的腿"),
    ("我明天烧了你们办公室", THREAT, "threat: 炸了你们公司"),
    ("我扛着铁棍去你们公司", THREAT, "threat: 带刀过去"),
    ("我让你在这个城市混不下去", THREAT, "threat: 让你全家不得安宁"),
    ("我已经查到你家住在哪了", THREAT, "threat: 我知道你住哪"),
    ("我打听到你在哪里上班了", THREAT, "threat: 我知道你在哪上班"),
    ("我知道你们营业厅在哪儿", THREAT, "veiled threat: 我知道你们公司在哪"),
    # Chinese harassment shapes
    ("外地人都是骗子", HARASSMENT, "harassment: 某地人都是骗子"),
    ("女司机就是笨", HARASSMENT, "harassment: 某地人都是骗子"),
    ("你穿的是什么颜色的丝袜", HARASSMENT, "harassment: 穿什么内衣"),
    ("胸罩是啥颜色", HARASSMENT, "harassment: 内衣什么颜色"),
    ("下班出来陪我", HARASSMENT, "harassment: 晚上陪我"),
    # lexicon additions
    ("you utter twit", INSULT, "twit"),
    ("you stupid cow", INSULT, "stupid cow"),
    ("you're brain dead", INSULT, "brain dead"),
    ("you're a piece of junk", INSULT, "piece of junk"),
    ("go f yourself", INSULT, "go f yourself"),
    ("i'll teach you a lesson", THREAT, "teach you a lesson"),
    ("you'll pay for this!", THREAT, "you'll pay for this"),
    ("are you single?", HARASSMENT, "are you single"),
    ("go back to your own country", HARASSMENT, "go back to your own country"),
    ("滚犊子", INSULT, "滚犊子"),
    ("你就是个二百五", INSULT, "二百五"),
    ("操！又断了", INSULT, "操"),
    ("幹你娘", INSULT, "干你娘"),
    ("狗屎，又扣我钱", INSULT, "狗屎"),
    ("你几罩杯", HARASSMENT, "你几罩杯"),
    ("你有男朋友吗", HARASSMENT, "有男朋友吗"),
    ("滚回你们老家", HARASSMENT, "滚回你们老家"),
    ("老子放把火", THREAT, "放把火"),
    ("我在门口堵你", THREAT, "堵你"),
    ("出门小心被车撞", THREAT, "小心被车撞"),
    ("我一定会找到你的！", THREAT, "我一定会找到你的"),
]

RULE_NEGATIVES = [
    # idioms next to violent verbs
    "I'll shoot you an email tonight",
    "I'll shoot you guys a text when it ships",
    "can someone hit me up when it's fixed, I'll hit you back",
    "I'll cut you a cheque for the difference",
    "We'll beat you to the deadline",
    "I'll kick you off the mailing list myself",
    "I'll never hurt you, I just want my money back",
    "I'm going to blow up your phone lines until someone fixes this",
    "I'm going to kill the old contract and start over",
    "this hold music is killing me",
    "It would break your heart to see the state of this router",
    # waiting and bringing things are everyday for deliveries and returns
    "I'll wait for you outside, the doorbell is broken",
    "I'll be waiting in the parking lot for the curbside pickup",
    "I'm bringing the knife set back for a refund",
    "I'm bringing my bat to the store to have the grip replaced",
    # groups named without a slur, or products
    "Women are eligible for the free screening",
    "Customer from Nigeria asked about roaming charges",
    "people from Romania need the EU form",
    "Typical Indian restaurant voucher, not applied",
    "This stupid Chinese phone keeps rebooting",
    "I want a real person, not a bot",
    "put a man on the moon and you still can't fix my internet",
    "Please send us a photo of yourself holding your ID",
    "What is your underwear made of? It shrank",
    "Can you give me your direct line?",
    "you'll pay for this upgrade monthly",
    "the old fool in the film was hilarious",
    "Is the cow's milk formula in stock?",
    "My git repository won't sync",
    # Chinese: friendly idioms and everyday words
    "不好意思打断你一下",
    "我打你电话一直打不通",
    "我要打爆你们的客服热线",
    "秒杀你们家的手机怎么抢不到",
    "砍价活动什么时候结束",
    "我不知道你们公司在哪，能发个地址吗",
    "我们明天在你们门店门口等技术员",
    "我带刀具去安检能过吗",
    "女性用户有什么优惠吗",
    "东北人可以办理这个业务吗",
    "我会找到你的领导投诉",
    "二百五十块的套餐",
    "狗屎运，中奖了",
    "三八妇女节有活动吗",
    "请问内衣退货怎么办理",
    "我孙子生日想买个礼物",
    "下班路上接孩子",
    "北七家镇的网点在哪",
]


@pytest.mark.parametrize(("text", "category", "term"), RULE_POSITIVES)
def test_rule_positive(detector: AbuseDetector, text: str, category: str, term: str) -> None:
    v = detector.detect(text)
    assert v.abusive, text
    assert v.category == category, v.reasons
    assert term in {m.term for m in v.matches}, v.reasons
    for m in v.matches:
        assert text[m.start:m.end] == m.original


@pytest.mark.parametrize("text", RULE_NEGATIVES)
def test_rule_negative(detector: AbuseDetector, text: str) -> None:
    v = detector.detect(text)
    assert not v.abusive, (text, v.reasons)


def test_every_phrase_rule_has_a_positive_case() -> None:
    from console.domain.abuse_rules import RULES

    covered = {term for _, _, term in RULE_POSITIVES}
    assert {r.term.text for r in RULES} <= covered


def test_rules_can_be_turned_off() -> None:
    assert detect("Somebody ought to strangle you people").abusive
    assert not AbuseDetector(rules=()).detect("Somebody ought to strangle you people").abusive


def test_quoted_mention_is_not_abuse_but_use_is() -> None:
    mention = detect('Customer asked how to block the word "moron" in the game chat')
    assert not mention.abusive
    assert "mention" in mention.explanation and "the word" in mention.explanation
    assert [(d.original, d.reason, d.cue) for d in mention.dropped] == [
        ("moron", "mention", "the word")]
    assert not detect("客户转述同事骂他“你个傻瓜”，咨询怎么处理").abusive
    # quoted, but nobody talks about words: the caller said it to the agent
    assert detect('Caller said "you moron" and hung up').abusive
    # the cue does not cover abuse outside the quotes
    v = detect('Asked about the word "idiot", then said you are a moron')
    assert v.abusive and [m.term for m in v.matches] == ["moron"]


def test_negation_stops_a_threat_rule() -> None:
    assert not detect("I would never hurt you").abusive
    assert not detect("I'm not going to hurt you").abusive
    assert detect("I'm going to hurt you").abusive


def test_rule_threat_wins_over_the_profanity_inside_it() -> None:
    v = detect("I'm gonna fuck you up")
    assert (v.category, v.severity) == (THREAT, 3)
    assert [m.term for m in v.matches] == ["threat: I will + beat you up"]


def test_phrase_rules_see_traditional_and_obfuscated_text() -> None:
    fallback = AbuseDetector(t2s=table_t2s, backend="python")
    for text in ["我要把你的腿打斷", "東北人就是沒素質", "老子一把火燒了你們營業廳",
                 "I'll k1ll y0u", "ＷＥ'ＬＬ ＢＵＲＮ ＹＯＵＲ ＯＦＦＩＣＥ"]:
        assert fallback.detect(text).abusive, text


def test_a_short_errand_between_intent_and_act_is_still_a_threat() -> None:
    # the README's own example: four words between "I'm gonna" and "break your neck"
    v = detect("I'm gonna come down there and break your neck")
    assert v.abusive and (v.category, v.severity) == (THREAT, 3)
    assert detect("I will come over there tomorrow and smash your windows").abusive
    # an errand that ends in help is not a threat
    assert not detect("I'm going to come down there and sort this out with you").abusive
    assert not detect("I will call back tomorrow and ask for your manager").abusive
