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
help-staff-title = 🛠 Your staff commands:
help-staff-role =
    { $place } · { $role ->
        [moderator] moderator
        [publisher] publisher
        [authority] authority staff
       *[admin] administrator
    }
help-staff-everywhere = All municipalities
help-requests-not-allowed = Only moderators can see residents' help requests.
help-requests-list =
    { $count ->
        [0] No help request is waiting for an answer.
       *[other] Help requests waiting for an answer: { $count }. Shown here, oldest first: { $shown }.
    }
command-queue = Proposals waiting for a decision
command-requests = Residents' help requests to answer
command-announce = Write and send an announcement
command-announcements = Sent announcements: cancel, correct, withdraw
command-event = Invite residents to a consultation
command-events = Your consultations: change, cancel, attendance
command-event_report = A consultation's report
command-answer = Proposals for your authority to answer
authority-done-sure = Mark proposal { $number } as done? The resident is told it is done, and no answer can be added after that.
authority-done-yes = ✅ Yes, it is done
