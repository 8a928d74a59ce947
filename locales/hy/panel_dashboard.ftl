## Աշխատակիցների վահանակի ամփոփում՝ բնակիչներ, առաջարկներ, վճարման ուղեցույցներ և ծրագրերի թիրախներ

panel-nav-dashboard = Ամփոփում
panel-dash-title = Ամփոփում
panel-dash-where = Համայնք
panel-dash-all = Բոլոր համայնքները
panel-dash-not-allowed = Դուք սրա թույլտվությունը չունեք։ Համայնքի ամփոփումը տեսնում են միայն նրա աշխատակիցները։
panel-dash-residents = { $count } բնակիչ
panel-dash-count = Քանակ
panel-dash-none = Դեռ ոչինչ չկա։
panel-dash-no-community = Բնակավայրն ընտրված չէ
panel-dash-proposals = { $count } առաջարկ
panel-dash-period = Վերևում ընտրված ժամանակահատվածում ուղարկված առաջարկներ։
panel-dash-to-decision = Սովորական ժամանակը մինչև մոդերատորի որոշումը (մեդիանա)
panel-dash-to-answer = Սովորական ժամանակը փոխանցումից մինչև իշխանության պատասխանը (մեդիանա)
panel-dash-of = { $count } առաջարկի հիման վրա
panel-dash-guides = Վճարման ուղեցույցներն այս ժամանակահատվածում
panel-dash-guide = Ուղեցույց
panel-dash-every-guide = Բոլոր ուղեցույցները
panel-dash-measure-started = Սկսել են
panel-dash-measure-completed = Անցել են մինչև վերջ
panel-dash-measure-paid = Վճարել են առցանց
panel-dash-total = Ընդամենը
panel-dash-targets = Ծրագրերի թիրախներ
panel-target-programme = Ծրագիր
panel-target-measure = Ինչն է հաշվվում
panel-target-period = Ժամանակահատված
panel-target-progress = Կատարում
panel-target-reached = { $count }՝ { $total }-ից ({ $percent }%)
panel-target-remove = Ջնջել
panel-target-none = Թիրախներ դեռ չկան։
panel-target-new = Նոր թիրախ
panel-target-number = Թիրախային թիվ
panel-target-save = Պահպանել թիրախը
panel-target-saved = Թիրախը պահպանված է։
panel-target-removed = Թիրախը ջնջված է։
panel-target-bad-programme = Խնդրում ենք գրել ծրագրի անվանումը (առավելագույնը 120 նիշ)։
panel-target-bad-number = Խնդրում ենք գրել թիրախը թվով՝ առնվազն 1։
panel-target-bad-period = Խնդրում ենք գրել ժամանակահատվածի առաջին և վերջին օրերը, առաջինը՝ վերջինից առաջ։
panel-target-bad-guide = Այդպիսի ուղեցույց չկա։
panel-target-not-allowed = Համայնքի թիրախները սահմանում են միայն նրա ադմինիստրատորները։

# Գործողությունների մատյանում այս էջերում արվածի անվանումները
panel-audit-export = ներբեռնել է ֆայլ
panel-audit-role-granted = դեր է տվել
panel-audit-role-revoked = հետ է վերցրել դերը
panel-audit-target-set = թիրախ է սահմանել
panel-audit-target-removed = ջնջել է թիրախը
