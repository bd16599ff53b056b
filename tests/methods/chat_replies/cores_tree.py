"""Hand-written cores for the Explore-Instruct, SynDG and InsTag chat-reply corpus (own text)."""

# Explore-Instruct: (subtask name, reason, [(instruction, input, output), ...])
SUBTASKS = [
    ("Formal email rewriting", "Work emails often need a formal register.",
     [("Rewrite the note so it sounds formal.", "hey, cant make it tmrw", "I am sorry, but I cannot attend tomorrow."),
      ("Make this request polite and formal.", "send me the file now", "Could you please send me the file when convenient?")]),
    ("Sentence shortening", "Short sentences are easier to read.",
     [("Shorten the sentence without losing its meaning.", "Due to the fact that it rained, we stayed in.", "Because it rained, we stayed in."),
      ("Remove the filler words from the sentence.", "I just really think we should basically go.", "I think we should go.")]),
    ("Tone softening", "Harsh feedback can be phrased kindly.",
     [("Rewrite the comment so it sounds kinder.", "This code is a mess.", "This code could be organised more clearly."),
      ("Soften the reply to a customer.", "That is not our problem.", "I understand, and I will see what we can do.")]),
    ("Gift ideas", "Brainstorming presents is a common request.",
     [("Suggest three gifts for a friend who loves hiking.", "", "A trail map, a water filter and warm wool socks."),
      ("List gift ideas under ten dollars for a coworker.", "", "A nice pen, a small plant or a box of tea.")]),
    ("Name generation", "People often need names for projects or pets.",
     [("Invent five names for a grey kitten.", "", "Ash, Pebble, Smokey, Misty and Slate."),
      ("Suggest a name for a bakery by the sea.", "", "The Salty Crust.")]),
    ("Linear equations", "Solving for one unknown is a core skill.",
     [("Solve the equation for x.", "3x + 4 = 19", "Subtract 4 and divide by 3. Answer: $5$"),
      ("Find y in the equation.", "2y - 6 = 10", "Add 6 and divide by 2. Answer: $8$")]),
    ("Percent problems", "Percentages appear in daily shopping.",
     [("Compute the price after the discount.", "A coat costs 80 dollars with 25% off.", "25% of 80 is 20, so 60 dollars. Answer: $60$"),
      ("What is 15% of 200?", "", "0.15 times 200 is 30. Answer: $30$")]),
    ("Story openings", "A strong first line draws readers in.",
     [("Write an opening line for a mystery novel.", "", "The clock in the hall stopped at midnight, and nobody had wound it."),
      ("Write a first sentence for a story about a lost dog.", "", "Biscuit had never been this far from the red door.")]),
]

# SynDG: (speakers, utterance)
UTTERANCES = [
    (("Apprentice", "Wizard"), "Honey bees can visit thousands of flowers in a single day."),
    (("Apprentice", "Wizard"), "Really? I had no idea they worked that hard!"),
    (("Apprentice", "Wizard"), "Jazz grew out of New Orleans, where blues and brass bands met."),
    (("Apprentice", "Wizard"), "Do you know who made the saxophone popular in jazz?"),
    (("Person 1", "Person 2"), "I love cooking Thai food on weekends, do you cook?"),
    (("Person 1", "Person 2"), "Not much, but I bake bread with my daughter every Sunday."),
    (("Person 1", "Person 2"), "That sounds lovely. I mostly swim to relax after work."),
    (("Apprentice", "Wizard"), "The Great Barrier Reef is so large that it can be seen from space."),
    (("Apprentice", "Wizard"), "Wow, that is huge. Is it in danger from warmer water?"),
    (("Person 1", "Person 2"), "My cat, Miso, sleeps on my keyboard whenever I try to work."),
]

# SynDG judge: (coherence, groundedness)
RATINGS = [(8, 6), (7, 9), (5, 4), (10, 10), (1, 3), (6, 6), (9, 2), (3, 8), (4, 7), (2, 5)]

# InsTag: [(tag, explanation), ...]
TAGS = [
    [("python programming", "The query asks for Python code."), ("sorting", "A list has to be ordered.")],
    [("travel planning", "The user wants an itinerary."), ("budget", "Costs must stay low.")],
    [("poetry", "A poem is requested."), ("humor", "It should be funny.")],
    [("math", "A calculation is needed."), ("step-by-step explanation", "The steps must be shown.")],
    [("email writing", "The user needs an email."), ("formal tone", "The email should be formal.")],
    [("translation", "Text must be translated."), ("spanish", "The target language is Spanish.")],
    [("debugging", "The code has an error to fix.")],
    [("recipe", "The user wants a recipe."), ("vegetarian", "No meat is allowed."), ("quick meal", "It should take little time.")],
    [("summarization", "A text must be shortened."), ("news", "The text is a news article.")],
]
