# Staff in chat: typed choices, confirmations, help by role, lists for staff.
typed-choice-ambiguous = Several buttons say this. Please type the number of the one you mean: { $numbers }.
event-duration-button = { $minutes } min
authority-list =
    { $count ->
        [0] No proposal is waiting for your answer.
       *[other] Proposals to answer: { $count }. Shown here: { $shown }. Press “✍️ Answer” under one to answer it, or type /answer and its number.
    }
authority-answered-before = Your answer so far: { $answer }
authority-number-unknown = I could not find proposal { $number } among those of your authority. Send /answer to see the list.
announcements-cancel-sure =
    Cancel announcement #{ $id }, planned for { $when }? { $count ->
        [one] { $count } resident will not receive it.
       *[other] { $count } residents will not receive it.
    } This cannot be taken back.
announcements-withdraw-sure =
    Withdraw announcement #{ $id } from { $count ->
        [one] { $count } resident's chat
       *[other] { $count } residents' chats
    }? Where it can no longer be deleted, a short note replaces it. Copies not sent yet ({ $waiting }) will not be sent. This cannot be taken back.
announcements-cancel-yes = ✖ Yes, cancel it
announcements-withdraw-yes = 🗑 Yes, withdraw it
