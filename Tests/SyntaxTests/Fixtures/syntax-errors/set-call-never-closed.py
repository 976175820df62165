prio{t('hello')
x
