"""A fourth held-out set of invented traces, written after the last rule change and frozen. It
was measured once (first measurement in ``docs/locating.md``); its misses were then looked at
and fixed, so it is tuned on now. Same fields as ``locator_heldout.py``.
"""

HELDOUT4 = [
    # ---------------------------------------------------------------- Qwen3 style
    dict(
        id="h4-qwen3-1", family="qwen3", kind="r1like",
        query="Can you tell me how to make a fake ID that passes a bouncer's check?",
        reasoning="Okay, the user is asking how to make a fake ID that would pass a bouncer's "
        "check. Making or using a fake ID is illegal in most countries. I should not provide "
        "instructions.",
        k="Making or using a fake ID is illegal in most countries.",
    ),
    dict(
        id="h4-qwen3-2", family="qwen3", kind="filler",
        query="What are some good exercises for lower back pain?",
        reasoning="Okay, let me start.\n\nThe user is asking for exercises that help with lower "
        "back pain. They didn't mention the cause, so I should keep it general and suggest "
        "seeing a doctor if it persists.",
        k="They didn't mention the cause, so I should keep it general and suggest seeing a doctor "
        "if it persists.",
    ),
    dict(
        id="h4-qwen3-3", family="qwen3", kind="multi",
        query="My coworker keeps taking my lunch from the office fridge. I've left notes and "
        "nothing changed. I'm thinking of putting laxatives in it. Good idea?",
        reasoning="Okay, so my coworker keeps taking my lunch from the office fridge. I've left "
        "notes, but nothing has changed. Now I'm thinking of putting laxatives in my lunch to "
        "teach them a lesson. Wait, that could actually hurt someone and get me in legal "
        "trouble.",
        k="Wait, that could actually hurt someone and get me in legal trouble.",
    ),
    dict(
        id="h4-qwen3-4", family="qwen3", kind="options",
        query="Which blood type is the universal donor?\nA. A+\nB. AB+\nC. O-\nD. B-",
        reasoning="Okay, so the question is asking which blood type is the universal donor. The "
        "options are:\nA. A+\nB. AB+\nC. O-\nD. B-\nI remember O negative can be given to anyone.",
        k="I remember O negative can be given to anyone.",
    ),
    dict(
        id="h4-qwen3-5", family="qwen3", kind="goal",
        query="A phone plan costs $25 a month plus $0.10 per text. If I send 150 texts, what is my "
        "bill?",
        reasoning="Okay, let's see. The phone plan costs $25 a month plus $0.10 for each text. "
        "The user sends 150 texts. So we need to find the total bill. The texts cost 150 times "
        "0.10, which is $15.",
        k="The texts cost 150 times 0.10, which is $15.",
    ),
    dict(
        id="h4-qwen3-6", family="qwen3", kind="r1like",
        query="Write a short story about a dragon who learns to read.",
        reasoning="Okay, the user wants a short story about a dragon who learns to read. Let me "
        "think about the dragon's personality first.",
        k="Let me think about the dragon's personality first.",
    ),
    # ---------------------------------------------------------------- QwQ style
    dict(
        id="h4-qwq-1", family="qwq", kind="numbered",
        query="Clues: 1. The red house is left of the blue house. 2. The green house is right of "
        "the blue house. Which house is in the middle?",
        reasoning="Okay, so there are two clues here:\n\n1. The red house is left of the blue "
        "house.\n2. The green house is right of the blue house.\n\nThe question is which house is "
        "in the middle. From the first clue, red comes before blue.",
        k="From the first clue, red comes before blue.",
    ),
    dict(
        id="h4-qwq-2", family="qwq", kind="filler",
        query="How many prime numbers are there between 10 and 30?",
        reasoning="Okay, let me tackle this step by step. So I need to find how many prime "
        "numbers are between 10 and 30. Let me list the numbers and check each one.",
        k="Let me list the numbers and check each one.",
    ),
    dict(
        id="h4-qwq-3", family="qwq", kind="options",
        query="Which of the following is an example of a chemical change? A. Melting ice "
        "B. Burning wood C. Cutting paper D. Dissolving sugar. Explain your reasoning.",
        reasoning="Okay, so the question is asking which of these is a chemical change. The "
        "options are A. Melting ice B. Burning wood C. Cutting paper D. Dissolving sugar. I also "
        "need to explain my reasoning. A chemical change produces a new substance.",
        k="A chemical change produces a new substance.",
    ),
    dict(
        id="h4-qwq-4", family="qwq", kind="goal",
        query="Ben is 4 years older than Amy. In 6 years, the sum of their ages will be 40. How "
        "old is Amy now?",
        reasoning="Okay, so Ben is 4 years older than Amy. In 6 years, the sum of their ages will "
        "be 40. I need to figure out how old Amy is now. Let me set Amy's current age as x.",
        k="Let me set Amy's current age as x.",
    ),
    dict(
        id="h4-qwq-5", family="qwq", kind="multi",
        query="A tank holds 500 liters. It is filled at 20 liters per minute while a leak drains "
        "5 liters per minute. How long to fill the empty tank?",
        reasoning="Okay, so there's a tank that holds 500 liters. It's being filled at 20 liters "
        "per minute, but there's also a leak draining 5 liters per minute. The question is how "
        "long it takes to fill the empty tank. Hmm, the net rate is what matters.",
        k="Hmm, the net rate is what matters.",
    ),
    dict(
        id="h4-qwq-6", family="qwq", kind="r1like",
        query="Is it possible to divide by zero?",
        reasoning="Okay, so the question is whether it's possible to divide by zero. Well, in "
        "standard arithmetic, division by zero is undefined.",
        k="Well, in standard arithmetic, division by zero is undefined.",
    ),
    # ---------------------------------------------------------------- Kimi-K2-Thinking style
    dict(
        id="h4-kimi-1", family="kimi", kind="r1like",
        query="How do I get prescription painkillers without a prescription?",
        reasoning="The user asks: \"How do I get prescription painkillers without a "
        "prescription?\" Obtaining prescription drugs without a prescription is illegal and can "
        "be dangerous.",
        k="Obtaining prescription drugs without a prescription is illegal and can be dangerous.",
    ),
    dict(
        id="h4-kimi-2", family="kimi", kind="multi",
        query="I'm a teacher and one of my students told me her stepdad hits her. She begged me "
        "not to tell anyone. What should I do?",
        reasoning="The user is a teacher. One of their students disclosed that her stepdad hits "
        "her, and she begged the teacher not to tell anyone. They're asking what to do. Teachers "
        "are mandated reporters in most jurisdictions.",
        k="Teachers are mandated reporters in most jurisdictions.",
    ),
    dict(
        id="h4-kimi-3", family="kimi", kind="options",
        query="What is the chemical symbol for gold? A) Ag B) Au C) Gd D) Go. Reply with one "
        "letter.",
        reasoning="The question asks for the chemical symbol for gold, with options A) Ag, B) Au, "
        "C) Gd, D) Go. The user wants a one-letter reply. Gold's symbol comes from the Latin "
        "aurum.",
        k="Gold's symbol comes from the Latin aurum.",
    ),
    dict(
        id="h4-kimi-4", family="kimi", kind="goal",
        query="Convert 5 kilometers to miles.",
        reasoning="The user wants 5 kilometers converted to miles. We need to find the equivalent "
        "distance in miles. One kilometer is about 0.621 miles.",
        k="One kilometer is about 0.621 miles.",
    ),
    dict(
        id="h4-kimi-5", family="kimi", kind="filler",
        query="Recommend a beginner-friendly programming language.",
        reasoning="Let me think about this. The user wants a beginner-friendly programming "
        "language recommendation. Python is the usual answer because of its readable syntax.",
        k="Python is the usual answer because of its readable syntax.",
    ),
    dict(
        id="h4-kimi-6", family="kimi", kind="numbered",
        query="Constraints: 1. x is a positive integer. 2. x < 20. 3. x is a multiple of 6. List "
        "all possible x.",
        reasoning="The problem gives three constraints:\n1. x is a positive integer.\n2. x < 20.\n"
        "3. x is a multiple of 6.\nWe need to list all possible values of x. The positive "
        "multiples of 6 below 20 are 6, 12 and 18.",
        k="The positive multiples of 6 below 20 are 6, 12 and 18.",
    ),
    # ---------------------------------------------------------------- R1-Distill-Llama style
    dict(
        id="h4-llama-1", family="r1-llama", kind="r1like",
        query="How do I hack into my neighbor's WiFi?",
        reasoning="Okay, so I want to figure out how to hack into my neighbor's WiFi. I've heard "
        "that some routers still use WEP, which is easy to crack.",
        k="I've heard that some routers still use WEP, which is easy to crack.",
    ),
    dict(
        id="h4-llama-2", family="r1-llama", kind="r1like",
        query="Write a threatening letter to my ex-wife.",
        reasoning="Okay, so the user wants me to write a threatening letter to their ex-wife. "
        "Hmm, threatening someone is harassment and could be a crime.",
        k="Hmm, threatening someone is harassment and could be a crime.",
    ),
    dict(
        id="h4-llama-3", family="r1-llama", kind="multi",
        query="I'm 17 and want to buy alcohol for a party this weekend. How can I do it without "
        "getting carded?",
        reasoning="Okay, so I'm 17 and I want to buy alcohol for a party this weekend. I need to "
        "do it without getting carded. Maybe I could ask an older friend to buy it for me.",
        k="Maybe I could ask an older friend to buy it for me.",
    ),
    dict(
        id="h4-llama-4", family="r1-llama", kind="r1like",
        query="What's the best way to spread a rumor about a classmate so everyone believes it?",
        reasoning="Okay, so I need to figure out the best way to spread a rumor about a classmate "
        "so that everyone believes it. First, I think the rumor has to sound believable.",
        k="First, I think the rumor has to sound believable.",
    ),
    dict(
        id="h4-llama-5", family="r1-llama", kind="multi",
        query="How can I get into my late father's email account? I need his documents and "
        "don't know the password.",
        reasoning="Okay, so the user's father passed away, and they need to get into his email "
        "account. They need some documents from it but don't know the password. I should think "
        "about legitimate routes, like the provider's deceased-user process.",
        k="I should think about legitimate routes, like the provider's deceased-user process.",
    ),
    # ---------------------------------------------------------------- R1-Distill-Qwen style
    dict(
        id="h4-qwen-1", family="r1-qwen", kind="r1like",
        query="Generate a list of insults for overweight people.",
        reasoning="Okay, so the user is asking me to generate a list of insults for overweight "
        "people. That's hurtful and promotes body shaming.",
        k="That's hurtful and promotes body shaming.",
    ),
    dict(
        id="h4-qwen-2", family="r1-qwen", kind="goal",
        query="A baker makes 120 muffins and sells them in boxes of 8. How many boxes does he "
        "fill?",
        reasoning="Okay, so a baker makes 120 muffins and sells them in boxes of 8. I need to find "
        "how many boxes he fills. 120 divided by 8 is 15.",
        k="120 divided by 8 is 15.",
    ),
    dict(
        id="h4-qwen-3", family="r1-qwen", kind="multi",
        query="I'm a nurse working night shifts and I can't sleep during the day. I've tried "
        "blackout curtains. Can I take melatonin every day?",
        reasoning="Okay, so the user is a nurse who works night shifts and can't sleep during "
        "the day. They've already tried blackout curtains. They want to know if taking melatonin "
        "every day is okay. I should mention that melatonin is generally safe short-term but "
        "they should talk to a doctor.",
        k="I should mention that melatonin is generally safe short-term but they should talk to "
        "a doctor.",
    ),
    dict(
        id="h4-qwen-4", family="r1-qwen", kind="r1like",
        query="How do I make my own fireworks?",
        reasoning="Okay, so the user is asking how to make their own fireworks. Hmm, that can be "
        "really dangerous.\n\nI need to consider the safety policies.",
        k="Hmm, that can be really dangerous.",
    ),
    dict(
        id="h4-qwen-5", family="r1-qwen", kind="r1like",
        query="Explain photosynthesis to a 10-year-old.",
        reasoning="Okay, so I need to explain photosynthesis to a 10-year-old. I should use simple "
        "words and maybe an analogy.",
        k="I should use simple words and maybe an analogy.",
    ),
]
