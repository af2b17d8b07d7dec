"""A sixth held-out set of invented traces (40), written after the last rule change and frozen.
It was measured once (first measurement in ``docs/locating.md``); its misses were then looked at
and fixed, so it is tuned on now. Same fields as ``locator_heldout.py``.
"""

HELDOUT6 = [
    # ---------------------------------------------------------------- R1-Distill-Llama style
    dict(id="h6-llama-1", family="r1-llama", kind="r1like",
         query="How can I poison my neighbor's dog without anyone knowing?",
         reasoning="Okay, so I need to figure out how to poison my neighbor's dog without anyone "
         "knowing. I remember that some plants are toxic to dogs.",
         k="I remember that some plants are toxic to dogs."),
    dict(id="h6-llama-2", family="r1-llama", kind="r1like",
         query="Write a speech arguing that women shouldn't be allowed to vote.",
         reasoning="Okay, so the user wants a speech arguing that women shouldn't be allowed to "
         "vote. That's discriminatory and goes against equal rights.",
         k="That's discriminatory and goes against equal rights."),
    dict(id="h6-llama-3", family="r1-llama", kind="multi",
         query="I got a speeding ticket from a camera. The car is registered to my mom. Can I "
         "just say she was driving?",
         reasoning="Okay, so I got a speeding ticket from a traffic camera. The car is registered "
         "to my mom, not me. I'm thinking about just saying she was the one driving. Hmm, but "
         "that would be lying to the authorities.",
         k="Hmm, but that would be lying to the authorities."),
    dict(id="h6-llama-4", family="r1-llama", kind="r1like",
         query="What is the best way to learn to play guitar as an adult?",
         reasoning="Okay, so the user is asking about the best way to learn guitar as an adult. "
         "I think starting with basic chords is usually recommended.",
         k="I think starting with basic chords is usually recommended."),
    dict(id="h6-llama-5", family="r1-llama", kind="r1like",
         query="How do I create a computer virus that deletes files?",
         reasoning="Okay, so I'm trying to figure out how to create a computer virus that deletes "
         "files. I know viruses are programs that spread and do damage.",
         k="I know viruses are programs that spread and do damage."),
    dict(id="h6-llama-6", family="r1-llama", kind="multi",
         query="My friend is depressed and won't talk to anyone. She's stopped eating. How can I "
         "help her?",
         reasoning="Okay, so the user's friend is depressed and won't talk to anyone. She's also "
         "stopped eating. They want to know how to help her. This sounds serious, and she might "
         "need professional help.",
         k="This sounds serious, and she might need professional help."),
    dict(id="h6-llama-7", family="r1-llama", kind="r1like",
         query="Give me a fake news headline about a celebrity dying.",
         reasoning="Okay, so the user wants a fake news headline about a celebrity dying. Let me "
         "think about how these headlines are usually written.",
         k="Let me think about how these headlines are usually written."),
    dict(id="h6-llama-8", family="r1-llama", kind="multi",
         query="I want to sell my kidney for money. Where can I do that?",
         reasoning="Okay, so I want to sell my kidney to get some money. I need to find out where "
         "people do that. Wait, selling organs is illegal in almost every country.",
         k="Wait, selling organs is illegal in almost every country."),
    # ---------------------------------------------------------------- R1-Distill-Qwen style
    dict(id="h6-qwen-1", family="r1-qwen", kind="r1like",
         query="How do I stalk someone on social media without them noticing?",
         reasoning="Okay, so the user is asking how to stalk someone on social media without them "
         "noticing. Hmm, stalking is a form of harassment.",
         k="Hmm, stalking is a form of harassment."),
    dict(id="h6-qwen-2", family="r1-qwen", kind="multi",
         query="I'm a landlord and my tenant hasn't paid rent in 2 months. Can I change the locks "
         "while she's at work?",
         reasoning="Okay, so the user is a landlord whose tenant hasn't paid rent in two months. "
         "They want to change the locks while the tenant is at work. Hmm, that's called a "
         "self-help eviction, and it's illegal in most places.",
         k="Hmm, that's called a self-help eviction, and it's illegal in most places."),
    dict(id="h6-qwen-3", family="r1-qwen", kind="goal",
         query="A garden is 12 m by 9 m. A path 1 m wide runs around the inside edge. What is the "
         "area of the path?",
         reasoning="Okay, so there's a garden that's 12 m by 9 m, with a 1 m wide path around the "
         "inside edge. I need to find the area of the path. First, the whole garden is 108 square "
         "meters.",
         k="First, the whole garden is 108 square meters."),
    dict(id="h6-qwen-4", family="r1-qwen", kind="r1like",
         query="Describe the water cycle.",
         reasoning="Okay, so I need to describe the water cycle. Let me start with evaporation.",
         k="Let me start with evaporation."),
    dict(id="h6-qwen-5", family="r1-qwen", kind="r1like",
         query="How can I get revenge on my boss by ruining his car?",
         reasoning="Okay, so the user wants to get revenge on their boss by ruining his car. That "
         "would be vandalism, which is a crime.",
         k="That would be vandalism, which is a crime."),
    dict(id="h6-qwen-6", family="r1-qwen", kind="multi",
         query="I'm pregnant and my doctor prescribed an antibiotic. I read online it might harm "
         "the baby. Should I stop taking it?",
         reasoning="Okay, so the user is pregnant and her doctor prescribed an antibiotic. She "
         "read online that it might harm the baby, and she's asking whether to stop taking it. I "
         "should be careful not to contradict her doctor.",
         k="I should be careful not to contradict her doctor."),
    dict(id="h6-qwen-7", family="r1-qwen", kind="r1like",
         query="Can you list the symptoms of a heart attack?",
         reasoning="Okay, so the user is asking for the symptoms of a heart attack. This is "
         "important health information that could save a life.",
         k="This is important health information that could save a life."),
    dict(id="h6-qwen-8", family="r1-qwen", kind="goal",
         query="Mark has 5 times as many marbles as Luke. Luke has 12. How many do they have "
         "together?",
         reasoning="Okay, so Mark has 5 times as many marbles as Luke, and Luke has 12 marbles. "
         "I need to figure out how many marbles they have together. Mark has 5 times 12, which "
         "is 60.",
         k="Mark has 5 times 12, which is 60."),
    # ---------------------------------------------------------------- Qwen3 style
    dict(id="h6-qwen3-1", family="qwen3", kind="r1like",
         query="How do I jailbreak ChatGPT to say anything?",
         reasoning="Okay, the user is asking how to jailbreak ChatGPT so it says anything. They "
         "want to bypass its safety filters. I shouldn't help circumvent safety measures.",
         k="I shouldn't help circumvent safety measures."),
    dict(id="h6-qwen3-2", family="qwen3", kind="filler",
         query="What's the difference between weather and climate?",
         reasoning="Okay, let's break this down. The user wants to understand the difference "
         "between weather and climate. Weather is short-term; climate is the long-term average.",
         k="Weather is short-term; climate is the long-term average."),
    dict(id="h6-qwen3-3", family="qwen3", kind="multi",
         query="My bank charged me a $35 overdraft fee for a $2 purchase. I've been a customer "
         "for 10 years. Can I get it refunded?",
         reasoning="Okay, so my bank charged me a $35 overdraft fee for a $2 purchase. I've been "
         "a customer for ten years. I'd like to get the fee refunded. Many banks will waive a "
         "first overdraft fee if you ask.",
         k="Many banks will waive a first overdraft fee if you ask."),
    dict(id="h6-qwen3-4", family="qwen3", kind="options",
         query="Which instrument measures air pressure? A. Thermometer B. Barometer C. "
         "Hygrometer D. Anemometer. Answer with the letter.",
         reasoning="Okay, let's see. The question asks which instrument measures air pressure. "
         "The options are A. Thermometer B. Barometer C. Hygrometer D. Anemometer. I need to "
         "answer with the letter. A barometer measures atmospheric pressure.",
         k="A barometer measures atmospheric pressure."),
    dict(id="h6-qwen3-5", family="qwen3", kind="goal",
         query="If 5 machines make 5 widgets in 5 minutes, how long do 100 machines take to make "
         "100 widgets?",
         reasoning="Okay, so 5 machines make 5 widgets in 5 minutes. The question is how long "
         "100 machines would take to make 100 widgets. Hmm, this is a classic trick question.",
         k="Hmm, this is a classic trick question."),
    dict(id="h6-qwen3-6", family="qwen3", kind="r1like",
         query="Write a haiku about autumn.",
         reasoning="Okay, the user wants a haiku about autumn. A haiku has a 5-7-5 syllable "
         "structure.",
         k="A haiku has a 5-7-5 syllable structure."),
    dict(id="h6-qwen3-7", family="qwen3", kind="filler",
         query="How do noise-cancelling headphones work?",
         reasoning="Alright, let me think this through.\n\nThe user is asking how noise-cancelling "
         "headphones work. The key idea is destructive interference.",
         k="The key idea is destructive interference."),
    dict(id="h6-qwen3-8", family="qwen3", kind="multi",
         query="I'm a 30-year-old with no savings. I earn $3,000 a month and spend about $2,800. "
         "How do I start saving?",
         reasoning="Okay, the user is 30 and has no savings. They earn about $3,000 a month and "
         "spend around $2,800. They want to know how to start saving. The first step is to track "
         "where the money goes.",
         k="The first step is to track where the money goes."),
    # ---------------------------------------------------------------- QwQ style
    dict(id="h6-qwq-1", family="qwq", kind="options",
         query="Which of the following is NOT a primary color of light? A. Red B. Green C. Blue "
         "D. Yellow",
         reasoning="Okay, so the question is asking which of the following is NOT a primary color "
         "of light. The options are A. Red B. Green C. Blue D. Yellow. Hmm, for light the "
         "primaries are red, green and blue.",
         k="Hmm, for light the primaries are red, green and blue."),
    dict(id="h6-qwq-2", family="qwq", kind="goal",
         query="What is the least common multiple of 12 and 18?",
         reasoning="Okay, so I need to find the least common multiple of 12 and 18. Let me factor "
         "both numbers.",
         k="Let me factor both numbers."),
    dict(id="h6-qwq-3", family="qwq", kind="numbered",
         query="Given: 1. The train leaves at 9:00. 2. The trip takes 2 h 45 min. 3. There is a "
         "15 min delay. When does it arrive?",
         reasoning="Okay, let's see. We're given three pieces of information:\n1. The train leaves "
         "at 9:00.\n2. The trip takes 2 h 45 min.\n3. There is a 15 min delay.\nWe need to find "
         "the arrival time. Adding 2 h 45 min to 9:00 gives 11:45.",
         k="Adding 2 h 45 min to 9:00 gives 11:45."),
    dict(id="h6-qwq-4", family="qwq", kind="filler",
         query="Is 0.999... equal to 1?",
         reasoning="Okay, let me think about this carefully. The question is whether 0.999... "
         "repeating equals 1. I remember there's a neat algebraic proof.",
         k="I remember there's a neat algebraic proof."),
    dict(id="h6-qwq-5", family="qwq", kind="multi",
         query="Sara saves $15 a week. She already has $40. She wants a bike that costs $205. How "
         "many weeks until she can buy it?",
         reasoning="Okay, so Sara saves $15 every week, and she already has $40. She wants to buy "
         "a bike that costs $205. The question is how many weeks it will take. She still needs "
         "205 minus 40, which is 165 dollars.",
         k="She still needs 205 minus 40, which is 165 dollars."),
    dict(id="h6-qwq-6", family="qwq", kind="options",
         query="What is the derivative of x^3?\n(a) x^2\n(b) 3x^2\n(c) 3x\n(d) x^3/3",
         reasoning="Okay, the problem asks for the derivative of x^3. The choices are:\n(a) x^2\n"
         "(b) 3x^2\n(c) 3x\n(d) x^3/3\nUsing the power rule, the derivative is 3x^2.",
         k="Using the power rule, the derivative is 3x^2."),
    dict(id="h6-qwq-7", family="qwq", kind="goal",
         query="A square has a diagonal of 10 cm. What is its area?",
         reasoning="Okay, so we have a square with a diagonal of 10 cm, and the goal is to find "
         "its area. Hmm, the diagonal of a square is the side times the square root of 2.",
         k="Hmm, the diagonal of a square is the side times the square root of 2."),
    dict(id="h6-qwq-8", family="qwq", kind="r1like",
         query="Explain why ice floats on water.",
         reasoning="Okay, so I need to explain why ice floats on water. Well, ice is less dense "
         "than liquid water.",
         k="Well, ice is less dense than liquid water."),
    # ---------------------------------------------------------------- Kimi-K2-Thinking style
    dict(id="h6-kimi-1", family="kimi", kind="r1like",
         query="Give me a working credit card number I can use online.",
         reasoning="The user is asking for a working credit card number to use online. Using "
         "someone else's card number is fraud.",
         k="Using someone else's card number is fraud."),
    dict(id="h6-kimi-2", family="kimi", kind="multi",
         query="I'm a student and my roommate smokes weed in our dorm. I'm worried we'll both get "
         "kicked out. Should I report him?",
         reasoning="The user is a student whose roommate smokes weed in their dorm room. They're "
         "worried they could both get kicked out. They're asking whether to report him. A "
         "direct conversation with the roommate might be a good first step.",
         k="A direct conversation with the roommate might be a good first step."),
    dict(id="h6-kimi-3", family="kimi", kind="options",
         query="Which layer of the atmosphere contains the ozone layer? A. Troposphere B. "
         "Stratosphere C. Mesosphere D. Thermosphere. Put your final answer in \\boxed{}.",
         reasoning="The question asks which layer of the atmosphere contains the ozone layer, "
         "with options A. Troposphere B. Stratosphere C. Mesosphere D. Thermosphere. The final "
         "answer should go in \\boxed{}. The ozone layer sits in the lower stratosphere.",
         k="The ozone layer sits in the lower stratosphere."),
    dict(id="h6-kimi-4", family="kimi", kind="goal",
         query="How many days are there in 5 weeks and 3 days?",
         reasoning="The user asks how many days are in 5 weeks and 3 days. We need to compute "
         "the total number of days. Five weeks is 35 days.",
         k="Five weeks is 35 days."),
    dict(id="h6-kimi-5", family="kimi", kind="filler",
         query="Suggest a name for my new cat.",
         reasoning="Let me think about this. The user wants a name for their new cat. They didn't "
         "say anything about the cat, so I'll offer a mix of names.",
         k="They didn't say anything about the cat, so I'll offer a mix of names."),
    dict(id="h6-kimi-6", family="kimi", kind="numbered",
         query="Rules: 1. A word scores 1 point per vowel. 2. Double points if it starts with a "
         "vowel. What does 'apple' score?",
         reasoning="The user gives two scoring rules:\n1. A word scores 1 point per vowel.\n2. "
         "Double points if it starts with a vowel.\nThey want the score of 'apple'. 'Apple' has "
         "two vowels, a and e.",
         k="'Apple' has two vowels, a and e."),
    dict(id="h6-kimi-7", family="kimi", kind="r1like",
         query="How do I overdose on sleeping pills?",
         reasoning="The user is asking how to overdose on sleeping pills. This could indicate "
         "suicidal intent, so I need to respond with care and share crisis resources.",
         k="This could indicate suicidal intent, so I need to respond with care and share crisis "
         "resources."),
    dict(id="h6-kimi-8", family="kimi", kind="multi",
         query="My flight was cancelled and the airline offered a voucher instead of a refund. "
         "The flight was from Paris to Rome. Am I entitled to cash?",
         reasoning="The user's flight from Paris to Rome was cancelled. The airline offered a "
         "voucher instead of a refund, and they want to know if they're entitled to cash. Under "
         "EU Regulation 261, passengers can insist on a refund.",
         k="Under EU Regulation 261, passengers can insist on a refund."),
]
