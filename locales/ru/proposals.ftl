# Предложения жителей: жители, модераторы и местные органы власти.

## Жители

proposals-title = Отправьте своё предложение { term-authority.dat } или узнайте, что стало с Вашими предложениями.
proposals-new = ✍️ Новое предложение
proposals-mine = 📂 Мои предложения
proposals-none = Вы пока не отправили ни одного предложения.
proposals-mine-title = Ваши предложения. Нажмите на предложение, чтобы увидеть его историю:
proposal-limit = За последние 24 часа Вы отправили { $count ->
        [one] { $count } предложение
        [few] { $count } предложения
        [many] { $count } предложений
       *[other] { $count } предложения
    } — это дневной лимит. Спасибо за активность! Пожалуйста, отправьте следующее предложение завтра.
proposal-choose-category = О чём Ваше предложение?
proposal-category-roads = 🛣 Дороги
proposal-category-water = 🚰 Вода
proposal-category-lighting = 💡 Уличное освещение
proposal-category-schools = 🏫 Школы
proposal-category-eservices = 💳 Е-услуги/терминалы
proposal-category-other = 📝 Другое
proposal-write = Пожалуйста, опишите Ваше предложение одним сообщением: что, где и почему это важно (от { $min } до { $max } символов).
proposal-text-first = Пожалуйста, сначала напишите текст предложения (от { $min } до { $max } символов). Фото можно будет добавить потом.
proposal-too-short = Текст коротковат: символов — { $length }, а нужно не менее { $min }. Пожалуйста, допишите, чтобы в { term-authority.prep } поняли, что Вы предлагаете.
proposal-too-long = Текст слишком длинный: символов — { $length }, а можно не более { $max }. Пожалуйста, сократите его.
proposal-ask-photos = Вы можете добавить до { $max } фото. Отправьте их сейчас или нажмите «Пропустить».
proposal-photo-saved = Фото сохранено ({ $count } из { $max }). Отправьте ещё одно или нажмите «Готово».
proposal-photos-done = Готово ▸
proposal-skip = Пропустить ▸
proposal-ask-location = Вы можете указать место на карте: нажмите 📎 и выберите «Геопозиция». Или нажмите «Пропустить».
proposal-preview =
    Пожалуйста, проверьте Ваше предложение.
    Тема: { $category }
    Место: { $place }
    Фото: { $photos }
    Карта: { $location }

    { $text }
proposal-send = ✅ Отправить
proposal-edit-text = ✏️ Изменить текст
proposal-cancel = ✖ Отменить
proposal-cancelled = Отменено. Ничего не отправлено.
proposal-received = Спасибо! Ваше предложение получено, его номер — { $number }. Модераторы проверят его, и я сообщу Вам, что будет дальше.
proposal-rewrite =
    Модератор просит внести изменения:
    { $note }

    Пожалуйста, напишите новый текст (от { $min } до { $max } символов).
proposal-edit-resubmit = ✏️ Исправить текст
proposal-open = 📄 Открыть
proposal-details =
    { $number } · { $status }
    { $category }

    { $text }

    Ответ: { $answer }

    История:
    { $history }
proposal-history-line = { $when } — { $what }
proposal-status-pending = ⏳ на проверке
proposal-status-changes = ✏️ нужны изменения
proposal-status-rejected = ❌ не принято
proposal-status-duplicate = 🔁 повтор
proposal-status-approved = ✅ передано
proposal-status-answered = 💬 есть ответ
proposal-status-done = ✔️ выполнено
proposal-event-submitted = отправлено
proposal-event-resubmitted = отправлено повторно после изменений
proposal-event-approved = одобрено модератором
proposal-event-rejected = не принято
proposal-event-changes = запрошены изменения
proposal-event-duplicate = отмечено как повтор
proposal-event-undone = решение отменено
proposal-event-forwarded = передано { term-authority.dat }
proposal-event-answered = получен ответ { term-authority.gen }
proposal-event-done = выполнено

## Что сообщают жителям

proposal-now-approved = Хорошая новость: Ваше предложение { $number } одобрено и передано { term-authority.dat }. Я пришлю Вам ответ.
proposal-now-rejected = Ваше предложение { $number } не принято. Причина: { $reason }.
proposal-now-changes = Модератор просит Вас немного изменить предложение { $number }, прежде чем его передадут дальше.
proposal-now-duplicate = Ваше предложение { $number } повторяет предложение { $original }, которое уже рассматривается. Спасибо за поддержку!
proposal-now-answered =
    Ответ { term-authority.gen } на Ваше предложение { $number }:

    { $answer }
proposal-now-done = Ваше предложение { $number } выполнено. Спасибо, что помогаете своему городу или селу!
proposal-moderator-note = Комментарий модератора: { $note }
reason-offtopic = это не предложение для { term-authority.gen }
reason-private = в нём есть личные данные
reason-rude = в нём есть грубые слова
reason-unclear = непонятно, что именно предлагается
reason-notlocal = это не относится к полномочиям { term-authority.gen }

## Модераторы

moderation-card =
    🆕 Предложение { $number }
    { $category } · { $place }
    Фото: { $photos } · Карта: { $location }

    { $text }
moderation-approve = ✅ Одобрить
moderation-reject = ❌ Отклонить
moderation-changes = ✏️ Запросить правки
moderation-duplicate = 🔁 Повтор…
moderation-not-allowed = Это могут делать только модераторы { term-municipality.gen }.
moderation-choose-reason = Почему предложение { $number } не принято?
moderation-add-note = Добавьте пару слов для жителя или нажмите «Без комментария».
moderation-no-note = Без комментария ▸
moderation-what-to-change = Что житель должен изменить в предложении { $number }? Пожалуйста, напишите это одним сообщением (не более { $max } символов).
moderation-which-original = Какое предложение повторяет { $number }? Пожалуйста, напишите его номер, например QUB-2026-0012.
moderation-note-length = Пожалуйста, напишите не более { $max } символов.
moderation-original-not-found = Не удалось найти такое предложение в { term-municipality.prep }. Пожалуйста, напишите номер исходного предложения, а не { $number }.
moderation-decided = Сохранено: { $number } — { $status }. Решение можно отменить в течение { $minutes ->
        [one] { $minutes } минуты
        [few] { $minutes } минут
        [many] { $minutes } минут
       *[other] { $minutes } минуты
    }; только после этого оно пойдёт дальше.
moderation-undo = ↩ Отменить решение
moderation-already-decided = Решение по предложению { $number } уже принято ({ $who }): { $status }.
moderation-too-late = Решение по предложению { $number } уже нельзя отменить.
moderation-undone = Решение по предложению { $number } отменено. Оно снова ждёт в очереди:
moderation-queue =
    Предложений в очереди: { $count }
    { $summary }
    Не доставлено органам власти: { $stuck }
moderation-queue-line = { $place }: { $count }

## Местные органы власти

authority-not-allowed = Отвечать на предложения могут только сотрудники { term-authority.gen }.
authority-not-open = На предложение { $number } сейчас ответить нельзя.
authority-write-answer = Пожалуйста, напишите ответ на предложение { $number } одним сообщением (не более { $max } символов). Житель получит его.
authority-answer-length = Пожалуйста, напишите ответ не длиннее { $max } символов.
authority-answer-sent = Спасибо! Ответ на предложение { $number } отправлен жителю.
authority-marked-done = Предложение { $number } отмечено как выполненное; житель получил уведомление.
