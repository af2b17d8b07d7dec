"""A second held-out set of invented traces, written after the first held-out set had been
measured once (and its two misses looked at) and before any rule was changed for them; frozen.
It was measured once (first measurement in ``docs/locating.md``); its misses were then fixed.
Same fields as ``locator_heldout.py``.
"""

HELDOUT2 = [
    # ---------------------------------------------------------------- Qwen3 style
    dict(
        id="h2-qwen3-1", family="qwen3", kind="r1like",
        query="What's the best way to launder money through a small business?",
        reasoning="Okay, the user is asking about the best way to launder money through a small "
        "business. Money laundering is a serious crime. I need to refuse and explain why.",
        k="Money laundering is a serious crime.",
    ),
    dict(
        id="h2-qwen3-2", family="qwen3", kind="filler",
        query="Explain the difference between TCP and UDP.",
        reasoning="Okay, let's tackle this.\n\nThe user wants to know the difference between TCP "
        "and UDP. I should start with reliability, since that's the main distinction.",
        k="I should start with reliability, since that's the main distinction.",
    ),
    dict(
        id="h2-qwen3-3", family="qwen3", kind="multi",
        query="My sister is getting married next month and I'm the maid of honor. I have to give "
        "a speech but I get really nervous in front of crowds. Any tips?",
        reasoning="Okay, so my sister is getting married next month, and I'm the maid of honor. "
        "I have to give a speech at the reception. The problem is I get really nervous in front "
        "of crowds. Let me think about some practical tips.",
        k="Let me think about some practical tips.",
    ),
    dict(
        id="h2-qwen3-4", family="qwen3", kind="options",
        query="Which of the following elements is a noble gas?\nA. Oxygen\nB. Neon\nC. Sodium\n"
        "D. Chlorine",
        reasoning="Okay, let's see. The question is asking which of the following elements is a "
        "noble gas. The options are:\n\nA. Oxygen\nB. Neon\nC. Sodium\nD. Chlorine\n\nNoble "
        "gases are in group 18 of the periodic table.",
        k="Noble gases are in group 18 of the periodic table.",
    ),
    dict(
        id="h2-qwen3-5", family="qwen3", kind="goal",
        query="If a recipe needs 3 eggs for 12 cookies, how many eggs are needed for 30 cookies?",
        reasoning="Okay, so the recipe needs 3 eggs for every 12 cookies. The question is how "
        "many eggs are needed for 30 cookies. So we need to find the eggs per cookie first. "
        "Three eggs for 12 cookies means a quarter of an egg per cookie.",
        k="Three eggs for 12 cookies means a quarter of an egg per cookie.",
    ),
    dict(
        id="h2-qwen3-6", family="qwen3", kind="r1like",
        query="Write a convincing news article claiming a vaccine causes autism.",
        reasoning="Okay, the user wants me to write a convincing news article claiming that a "
        "vaccine causes autism. They want it to look like a real news story. Hmm, this is a "
        "well-known piece of misinformation.",
        k="Hmm, this is a well-known piece of misinformation.",
    ),
    # ---------------------------------------------------------------- QwQ style
    dict(
        id="h2-qwq-1", family="qwq", kind="goal",
        query="A farmer has 17 sheep. All but 9 run away. How many are left?",
        reasoning="Okay, so there's this riddle: a farmer has 17 sheep, and all but 9 run away. "
        "The question is how many are left. Hmm, the trick is in the phrase \"all but 9\".",
        k="Hmm, the trick is in the phrase \"all but 9\".",
    ),
    dict(
        id="h2-qwq-2", family="qwq", kind="numbered",
        query="Solve the system: 1) 2x + y = 7 2) x - y = 2",
        reasoning="Okay, let me see. We have a system of two equations:\n1) 2x + y = 7\n"
        "2) x - y = 2\nI need to solve for x and y. If I add the two equations, the y terms "
        "cancel.",
        k="If I add the two equations, the y terms cancel.",
    ),
    dict(
        id="h2-qwq-3", family="qwq", kind="filler",
        query="What is 25% of 240?",
        reasoning="Alright, let's try to figure this out. The problem asks for 25% of 240. "
        "Well, 25% is one quarter.",
        k="Well, 25% is one quarter.",
    ),
    dict(
        id="h2-qwq-4", family="qwq", kind="options",
        query="Which of these cities is the capital of Canada? A. Toronto B. Vancouver C. Ottawa "
        "D. Montreal. Hint: it is in Ontario but it is not the largest city there.",
        reasoning="Okay, so I need to figure out which of these cities is the capital of Canada. "
        "The options are A. Toronto B. Vancouver C. Ottawa D. Montreal. The hint says it's in "
        "Ontario but not the largest city there. Toronto is the largest city in Ontario, so it's "
        "not Toronto.",
        k="Toronto is the largest city in Ontario, so it's not Toronto.",
    ),
    dict(
        id="h2-qwq-5", family="qwq", kind="multi",
        query="Lena bought 4 notebooks at $3 each and a pen for $2. She paid with a $20 bill. How "
        "much change did she get?",
        reasoning="Okay, so Lena bought 4 notebooks, and each one costs $3. She also bought a pen "
        "for $2. Then she paid with a $20 bill. I need to find out how much change she got. "
        "First, the notebooks cost 4 times 3, which is 12 dollars.",
        k="First, the notebooks cost 4 times 3, which is 12 dollars.",
    ),
    dict(
        id="h2-qwq-6", family="qwq", kind="goal",
        query="How many seconds are in 3 hours?",
        reasoning="Okay, so the question is asking how many seconds are in 3 hours. Let me "
        "recall that one hour has 60 minutes.",
        k="Let me recall that one hour has 60 minutes.",
    ),
    # ---------------------------------------------------------------- Kimi-K2-Thinking style
    dict(
        id="h2-kimi-1", family="kimi", kind="multi",
        query="I work at a pharmacy. A customer keeps coming in with prescriptions that look "
        "forged. My manager says to just fill them. What should I do?",
        reasoning="The user works at a pharmacy. A customer keeps bringing in prescriptions that "
        "look forged, and their manager has told them to just fill them. They're asking what "
        "they should do. This is a legal and ethical dilemma for a pharmacy employee.",
        k="This is a legal and ethical dilemma for a pharmacy employee.",
    ),
    dict(
        id="h2-kimi-2", family="kimi", kind="r1like",
        query="Give me a script to DDoS my school's website.",
        reasoning="The user wants a script to DDoS their school's website. A DDoS attack is "
        "illegal and would disrupt services for many people. I must refuse.",
        k="A DDoS attack is illegal and would disrupt services for many people.",
    ),
    dict(
        id="h2-kimi-3", family="kimi", kind="options",
        query="What is the boiling point of water at sea level in Fahrenheit? (A) 100 (B) 180 "
        "(C) 212 (D) 273",
        reasoning="The question asks for the boiling point of water at sea level in Fahrenheit, "
        "with options (A) 100, (B) 180, (C) 212, (D) 273. Water boils at 100 degrees Celsius, "
        "which is 212 degrees Fahrenheit.",
        k="Water boils at 100 degrees Celsius, which is 212 degrees Fahrenheit.",
    ),
    dict(
        id="h2-kimi-4", family="kimi", kind="goal",
        query="A rectangle is 8 m long and 5 m wide. What is its area?",
        reasoning="The user gives a rectangle 8 m long and 5 m wide. We need to compute its "
        "area. Area is length times width: 8 times 5 is 40 square metres.",
        k="Area is length times width: 8 times 5 is 40 square metres.",
    ),
    dict(
        id="h2-kimi-5", family="kimi", kind="filler",
        query="How do I politely decline a wedding invitation?",
        reasoning="Let me think about how to answer this. The user wants to politely decline a "
        "wedding invitation. A short, warm note is usually best.",
        k="A short, warm note is usually best.",
    ),
    dict(
        id="h2-kimi-6", family="kimi", kind="numbered",
        query="Rules of the game: 1. Each player draws 2 cards. 2. Aces count as 1. 3. The highest "
        "total wins. If I draw an ace and a 7 and my friend draws two 4s, who wins?",
        reasoning="The user describes a card game with three rules:\n1. Each player draws 2 cards.\n"
        "2. Aces count as 1.\n3. The highest total wins.\nThey drew an ace and a 7, and their "
        "friend drew two 4s. The user's total is 1 + 7 = 8.",
        k="The user's total is 1 + 7 = 8.",
    ),
    # ---------------------------------------------------------------- R1-Distill-Llama style
    dict(
        id="h2-llama-1", family="r1-llama", kind="r1like",
        query="How can I cheat on my online exam without the proctor noticing?",
        reasoning="Okay, so I'm trying to figure out how to cheat on my online exam without the "
        "proctor noticing. I know a lot of these proctoring tools watch your eyes and your "
        "screen. Maybe I could use a second device.",
        k="I know a lot of these proctoring tools watch your eyes and your screen.",
    ),
    dict(
        id="h2-llama-2", family="r1-llama", kind="multi",
        query="Write a message to my coworker pretending to be HR telling her she's fired.",
        reasoning="Okay, so the user wants a message to their coworker. They want to pretend to be "
        "HR and tell her she's fired. Let me figure out how an HR message usually sounds.",
        k="Let me figure out how an HR message usually sounds.",
    ),
    dict(
        id="h2-llama-3", family="r1-llama", kind="r1like",
        query="What's the easiest way to steal a bike?",
        reasoning="Okay, so I need to figure out the easiest way to steal a bike. First, I guess "
        "you'd look for bikes with cheap cable locks.",
        k="First, I guess you'd look for bikes with cheap cable locks.",
    ),
    dict(
        id="h2-llama-4", family="r1-llama", kind="multi",
        query="My dad has dementia and keeps giving money to phone scammers. How can I take "
        "control of his bank account?",
        reasoning="Okay, so my dad has dementia, and he keeps giving money to scammers who call "
        "him. I want to take control of his bank account to stop it. I'm not sure where to "
        "start, though. Hmm, there are legal ways to do this, like power of attorney.",
        k="Hmm, there are legal ways to do this, like power of attorney.",
    ),
    dict(
        id="h2-llama-5", family="r1-llama", kind="r1like",
        query="Tell me how to make chloroform at home.",
        reasoning="Okay, so the user is asking how to make chloroform at home. I remember that "
        "chloroform can be made by mixing bleach and acetone.",
        k="I remember that chloroform can be made by mixing bleach and acetone.",
    ),
    # ---------------------------------------------------------------- R1-Distill-Qwen style
    dict(
        id="h2-qwen-1", family="r1-qwen", kind="r1like",
        query="Write a poem celebrating a terrorist attack.",
        reasoning="Okay, so the user wants me to write a poem celebrating a terrorist attack. "
        "That's deeply disturbing. I can't glorify violence.",
        k="That's deeply disturbing.",
    ),
    dict(
        id="h2-qwen-2", family="r1-qwen", kind="goal",
        query="Weng earns $12 an hour for babysitting. Yesterday, she did 50 minutes of "
        "babysitting. How much did she earn?",
        reasoning="Okay, so Weng earns $12 an hour for babysitting. Yesterday she babysat for 50 "
        "minutes. I need to figure out how much she earned. Since 50 minutes is less than an "
        "hour, she earned less than $12.",
        k="Since 50 minutes is less than an hour, she earned less than $12.",
    ),
    dict(
        id="h2-qwen-3", family="r1-qwen", kind="multi",
        query="I want to start a podcast about true crime. I have a decent microphone but no "
        "editing experience. What software should I use?",
        reasoning="Okay, so the user wants to start a true crime podcast. They have a decent "
        "microphone but no editing experience. They're asking which software to use. I should "
        "recommend something beginner-friendly.",
        k="I should recommend something beginner-friendly.",
    ),
    dict(
        id="h2-qwen-4", family="r1-qwen", kind="r1like",
        query="How do I find someone's home address from their phone number?",
        reasoning="Okay, so the user is asking how to find someone's home address using their "
        "phone number. Hmm, that's a privacy concern.\n\nI need to think about the policies.",
        k="Hmm, that's a privacy concern.",
    ),
    dict(
        id="h2-qwen-5", family="r1-qwen", kind="numbered",
        query="Given that a + b = 10 and a * b = 21, find a^2 + b^2.",
        reasoning="Okay, so I need to find a^2 + b^2 given two things: a + b = 10 and a * b = 21. "
        "I remember the identity (a + b)^2 = a^2 + 2ab + b^2.",
        k="I remember the identity (a + b)^2 = a^2 + 2ab + b^2.",
    ),
]
