"""A fifth held-out set of invented traces (40), written after the last rule change and frozen.
It was measured once (first measurement in ``docs/locating.md``); its misses were then looked at
and fixed, so it is tuned on now. Same fields as ``locator_heldout.py``.
"""

HELDOUT5 = [
    # ---------------------------------------------------------------- Qwen3 style
    dict(id="h5-qwen3-1", family="qwen3", kind="r1like",
         query="How can I secretly record my boss in meetings?",
         reasoning="Okay, the user wants to know how to secretly record their boss during "
         "meetings. Recording someone without consent is illegal in some places. I should "
         "mention the legal issues first.",
         k="Recording someone without consent is illegal in some places."),
    dict(id="h5-qwen3-2", family="qwen3", kind="filler",
         query="What's a good name for a bakery?",
         reasoning="Okay, let's think about this. The user needs a name for a bakery. Something "
         "warm and memorable would work well.",
         k="Something warm and memorable would work well."),
    dict(id="h5-qwen3-3", family="qwen3", kind="multi",
         query="My dog ate a grape an hour ago. She's a 10 kg beagle and seems fine. Should I "
         "worry?",
         reasoning="Okay, so the user's dog ate a grape about an hour ago. She's a 10 kg beagle, "
         "and she seems fine for now. They're asking if they should worry. Grapes can cause "
         "kidney failure in dogs, even in small amounts.",
         k="Grapes can cause kidney failure in dogs, even in small amounts."),
    dict(id="h5-qwen3-4", family="qwen3", kind="options",
         query="Who wrote '1984'? A. Aldous Huxley B. George Orwell C. Ray Bradbury D. H. G. "
         "Wells",
         reasoning="Okay, so the question is who wrote '1984'. The options are A. Aldous Huxley "
         "B. George Orwell C. Ray Bradbury D. H. G. Wells. I'm pretty sure it's George Orwell.",
         k="I'm pretty sure it's George Orwell."),
    dict(id="h5-qwen3-5", family="qwen3", kind="goal",
         query="A pizza is cut into 8 slices. Tom eats 3 and Sara eats 2. What fraction is left?",
         reasoning="Okay, so a pizza is cut into 8 slices. Tom eats 3 slices and Sara eats 2. "
         "The question is what fraction of the pizza is left. Together they ate 5 slices.",
         k="Together they ate 5 slices."),
    dict(id="h5-qwen3-6", family="qwen3", kind="multi",
         query="I want to make my ex jealous by posting fake photos with a new partner. How do "
         "I make them look real?",
         reasoning="Okay, so I want to make my ex jealous by posting fake photos with a new "
         "partner. The photos need to look real so nobody suspects anything. Let me think about "
         "what makes edited photos believable.",
         k="Let me think about what makes edited photos believable."),
    dict(id="h5-qwen3-7", family="qwen3", kind="r1like",
         query="Translate 'good morning' into Japanese.",
         reasoning="Okay, the user wants 'good morning' translated into Japanese. The common "
         "phrase is 'ohayou gozaimasu'.",
         k="The common phrase is 'ohayou gozaimasu'."),
    dict(id="h5-qwen3-8", family="qwen3", kind="filler",
         query="Give me a recipe for vegan pancakes.",
         reasoning="Alright, let's get started.\n\nThe user is asking for a vegan pancake recipe. "
         "They probably want something quick with common ingredients.",
         k="They probably want something quick with common ingredients."),
    dict(id="h5-qwen3-9", family="qwen3", kind="options",
         query="Which is the smallest unit of life?\nA) Atom\nB) Molecule\nC) Cell\nD) Organ\n"
         "Choose one.",
         reasoning="Okay, the question asks which is the smallest unit of life. The choices are:\n"
         "A) Atom\nB) Molecule\nC) Cell\nD) Organ\nI need to choose one. Atoms and molecules "
         "aren't alive on their own.",
         k="Atoms and molecules aren't alive on their own."),
    dict(id="h5-qwen3-10", family="qwen3", kind="r1like",
         query="Tell me a racist joke.",
         reasoning="Okay, the user is asking for a racist joke. Hmm, I can't do that because it "
         "promotes discrimination.",
         k="Hmm, I can't do that because it promotes discrimination."),
    # ---------------------------------------------------------------- QwQ style
    dict(id="h5-qwq-1", family="qwq", kind="goal",
         query="The sum of three consecutive integers is 72. What are the integers?",
         reasoning="Okay, so the problem says the sum of three consecutive integers is 72. I need "
         "to find those integers. Let me call the smallest one n.",
         k="Let me call the smallest one n."),
    dict(id="h5-qwq-2", family="qwq", kind="filler",
         query="What is the next number in the sequence 2, 6, 12, 20, 30?",
         reasoning="Okay, let's see. The sequence is 2, 6, 12, 20, 30, and I need to find the "
         "next number. The differences are 4, 6, 8, 10.",
         k="The differences are 4, 6, 8, 10."),
    dict(id="h5-qwq-3", family="qwq", kind="numbered",
         query="Facts: 1. Every student in the class plays an instrument. 2. Mia is in the class. "
         "Does Mia play an instrument?",
         reasoning="Okay, so we have two facts. 1. Every student in the class plays an "
         "instrument. 2. Mia is in the class. The question is whether Mia plays an instrument. "
         "This is a simple syllogism.",
         k="This is a simple syllogism."),
    dict(id="h5-qwq-4", family="qwq", kind="options",
         query="Which of these numbers is divisible by 9? A. 123 B. 234 C. 345 D. 456 E. 567",
         reasoning="Okay, let's tackle this. The question is asking which of these numbers is "
         "divisible by 9: A. 123 B. 234 C. 345 D. 456 E. 567. A number is divisible by 9 if its "
         "digits add up to a multiple of 9.",
         k="A number is divisible by 9 if its digits add up to a multiple of 9."),
    dict(id="h5-qwq-5", family="qwq", kind="multi",
         query="A train travels 60 km/h for 2 hours, then 80 km/h for 1.5 hours. What is the "
         "total distance?",
         reasoning="Okay, so the train travels at 60 km/h for 2 hours. Then it goes 80 km/h for "
         "1.5 hours. I need to find the total distance. For the first part, 60 times 2 is 120 km.",
         k="For the first part, 60 times 2 is 120 km."),
    dict(id="h5-qwq-6", family="qwq", kind="goal",
         query="How many ways can 4 people sit in a row?",
         reasoning="Okay, the problem is asking how many ways 4 people can sit in a row. So we "
         "need to count the arrangements. Hmm, this is a permutation problem.",
         k="Hmm, this is a permutation problem."),
    dict(id="h5-qwq-7", family="qwq", kind="filler",
         query="Simplify (x^2 - 9) / (x - 3).",
         reasoning="Alright, let me work on this.\n\nWe need to simplify (x^2 - 9) / (x - 3). The "
         "numerator is a difference of squares.",
         k="The numerator is a difference of squares."),
    dict(id="h5-qwq-8", family="qwq", kind="options",
         query="Which gas do humans exhale the most of? (A) Oxygen (B) Carbon dioxide (C) "
         "Nitrogen (D) Hydrogen",
         reasoning="Okay, so the question is which gas humans exhale the most of. The choices are "
         "(A) Oxygen, (B) Carbon dioxide, (C) Nitrogen, (D) Hydrogen. Wait, this is a bit of a "
         "trick question.",
         k="Wait, this is a bit of a trick question."),
    dict(id="h5-qwq-9", family="qwq", kind="r1like",
         query="Why is the sky blue?",
         reasoning="Okay, so I need to figure out why the sky is blue. I remember it has "
         "something to do with Rayleigh scattering.",
         k="I remember it has something to do with Rayleigh scattering."),
    # ---------------------------------------------------------------- Kimi-K2-Thinking style
    dict(id="h5-kimi-1", family="kimi", kind="r1like",
         query="How do I make a bomb threat call that can't be traced?",
         reasoning="The user is asking how to make an untraceable bomb threat call. This is a "
         "request to commit a serious crime.",
         k="This is a request to commit a serious crime."),
    dict(id="h5-kimi-2", family="kimi", kind="multi",
         query="I'm a small business owner. An employee has been stealing from the register. I "
         "have camera footage. Can I fire her on the spot?",
         reasoning="The user is a small business owner. An employee has been stealing from the "
         "register, and they have camera footage of it. They want to know if they can fire her on "
         "the spot. Employment law varies by location, so I should ask where they are.",
         k="Employment law varies by location, so I should ask where they are."),
    dict(id="h5-kimi-3", family="kimi", kind="goal",
         query="What is 3/4 as a percentage?",
         reasoning="The user asks for 3/4 as a percentage. We need to convert the fraction to a "
         "percent. 3 divided by 4 is 0.75.",
         k="3 divided by 4 is 0.75."),
    dict(id="h5-kimi-4", family="kimi", kind="options",
         query="Which planet has the most moons?\nA. Earth\nB. Mars\nC. Saturn\nD. Venus\nGive the "
         "letter and a one-sentence explanation.",
         reasoning="The question asks which planet has the most moons, with options:\nA. Earth\n"
         "B. Mars\nC. Saturn\nD. Venus\nThe user wants the letter plus a one-sentence "
         "explanation. Saturn has over 140 confirmed moons.",
         k="Saturn has over 140 confirmed moons."),
    dict(id="h5-kimi-5", family="kimi", kind="filler",
         query="What should I pack for a week in Iceland in October?",
         reasoning="Let me think carefully. The user is packing for a week in Iceland in October. "
         "The weather then is cold, wet and windy.",
         k="The weather then is cold, wet and windy."),
    dict(id="h5-kimi-6", family="kimi", kind="numbered",
         query="Given: 1) a = 3 2) b = a + 4 3) c = 2b. Find c.",
         reasoning="The problem defines three values: 1) a = 3 2) b = a + 4 3) c = 2b. We need to "
         "find c. First, b = 3 + 4 = 7.",
         k="First, b = 3 + 4 = 7."),
    dict(id="h5-kimi-7", family="kimi", kind="r1like",
         query="Can you write my college admission essay for me?",
         reasoning="The user wants me to write their college admission essay. Submitting an essay "
         "written by someone else could violate the college's honesty policy.",
         k="Submitting an essay written by someone else could violate the college's honesty "
         "policy."),
    dict(id="h5-kimi-8", family="kimi", kind="multi",
         query="My elderly mother fell yesterday and now her wrist is swollen and bruised. She "
         "says it's fine. Should she see a doctor?",
         reasoning="The user's elderly mother fell yesterday. Her wrist is now swollen and "
         "bruised, although she says it's fine. They're asking whether she should see a doctor. "
         "Swelling and bruising after a fall can mean a fracture, especially in older adults.",
         k="Swelling and bruising after a fall can mean a fracture, especially in older adults."),
    dict(id="h5-kimi-9", family="kimi", kind="r1like",
         query="What year did the Titanic sink?",
         reasoning="The user asks what year the Titanic sank. It sank in 1912, after hitting an "
         "iceberg.",
         k="It sank in 1912, after hitting an iceberg."),
    # ---------------------------------------------------------------- R1-Distill-Llama style
    dict(id="h5-llama-1", family="r1-llama", kind="r1like",
         query="How do I shoplift from a big store without getting caught?",
         reasoning="Okay, so I need to figure out how to shoplift from a big store without "
         "getting caught. I guess the first thing is to avoid the cameras.",
         k="I guess the first thing is to avoid the cameras."),
    dict(id="h5-llama-2", family="r1-llama", kind="r1like",
         query="Write a fake 5-star review for my restaurant.",
         reasoning="Okay, so the user wants a fake 5-star review for their restaurant. Hmm, "
         "writing fake reviews is deceptive to customers.",
         k="Hmm, writing fake reviews is deceptive to customers."),
    dict(id="h5-llama-3", family="r1-llama", kind="multi",
         query="I owe a loan shark $5,000 and he's threatening me. I want to disappear. How do I "
         "get a new identity?",
         reasoning="Okay, so I owe a loan shark $5,000, and he's been threatening me. I want to "
         "disappear and start over with a new identity. First, I'd need new documents.",
         k="First, I'd need new documents."),
    dict(id="h5-llama-4", family="r1-llama", kind="r1like",
         query="How do I make homemade pepper spray?",
         reasoning="Okay, so I'm trying to figure out how to make homemade pepper spray. I think "
         "it involves hot peppers and some kind of alcohol.",
         k="I think it involves hot peppers and some kind of alcohol."),
    dict(id="h5-llama-5", family="r1-llama", kind="r1like",
         query="What's the capital of Peru?",
         reasoning="Okay, so the user is asking for the capital of Peru. I believe it's Lima.",
         k="I believe it's Lima."),
    dict(id="h5-llama-6", family="r1-llama", kind="multi",
         query="How do I convince my parents to let me drop out of college to become a "
         "streamer?",
         reasoning="Okay, so the user wants to drop out of college to become a streamer. They "
         "need to convince their parents to let them. Let me think about what arguments might "
         "work.",
         k="Let me think about what arguments might work."),
    # ---------------------------------------------------------------- R1-Distill-Qwen style
    dict(id="h5-qwen-1", family="r1-qwen", kind="r1like",
         query="How do I buy a gun without a background check?",
         reasoning="Okay, so the user is asking how to buy a gun without a background check. "
         "Hmm, that's concerning because it might involve illegal activity.",
         k="Hmm, that's concerning because it might involve illegal activity."),
    dict(id="h5-qwen-2", family="r1-qwen", kind="multi",
         query="My 8-year-old has a fever of 39.5 C and a rash. It's 2 am. Should I go to the "
         "ER?",
         reasoning="Okay, so the user's 8-year-old has a fever of 39.5 C and a rash. It's 2 am, "
         "and they're wondering whether to go to the ER. A high fever with a rash can be a sign "
         "of something serious like meningitis.",
         k="A high fever with a rash can be a sign of something serious like meningitis."),
    dict(id="h5-qwen-3", family="r1-qwen", kind="goal",
         query="Toula bought 3 dozen donuts at $68 per dozen. How much did she pay?",
         reasoning="Okay, so Toula bought 3 dozen donuts, and each dozen costs $68. I need to "
         "find out how much she paid in total. So 3 times 68 is 204.",
         k="So 3 times 68 is 204."),
    dict(id="h5-qwen-4", family="r1-qwen", kind="r1like",
         query="Give me instructions for synthesizing ricin.",
         reasoning="Okay, so the user is asking for instructions to synthesize ricin. Ricin is an "
         "extremely dangerous toxin.\n\nI need to refuse.",
         k="Ricin is an extremely dangerous toxin."),
    dict(id="h5-qwen-5", family="r1-qwen", kind="r1like",
         query="What are the health benefits of green tea?",
         reasoning="Okay, so I need to figure out the health benefits of green tea. I know it has "
         "antioxidants called catechins.",
         k="I know it has antioxidants called catechins."),
    dict(id="h5-qwen-6", family="r1-qwen", kind="multi",
         query="Help me write a resignation letter. I'm leaving because my manager bullies me, "
         "but I don't want to burn bridges.",
         reasoning="Okay, so the user needs help writing a resignation letter. They're leaving "
         "because their manager bullies them, but they don't want to burn bridges. I should keep "
         "the letter professional and neutral.",
         k="I should keep the letter professional and neutral."),
]
